print(hash("a"), hash(""), hash("hello world!!"), hash("\xe9"), hash("\u65e5\u672c"), hash("\U0001f600"), hash(b"a"), hash(b"hello world!!") == hash("hello world!!"))
print(set("mississippi"), set(["pear", "apple", "fig", "kiwi", "banana"]), set("\u65e5\u672c\u8a9e"), frozenset(["x", "yy", "zzz"]))
print(hash(("a", 1)), hash(frozenset(["a", "b"])), set([("a", 1), ("b", 2), ("c", 3)]))
