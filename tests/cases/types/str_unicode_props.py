for a in [({'a':'b', 98: None, 'c': 'xyz'},), ('ab','xy','c'), ('ab','x'), (1,), ({'ab': 1},), ({1.5: 2},), ('a', 5), ({},)]:
    try:
        print(str.maketrans(*a))
    except Exception as e:
        print(type(e).__name__, e)
t = str.maketrans({'a': 'AA', 'b': None, 'c': 100})
print('abcd'.translate(t), 'abc'.translate([]))
for tb in [{97: 1.5}, {97: 0x110000}, 5]:
    try:
        print('abc'.translate(tb))
    except Exception as e:
        print(type(e).__name__, e)
class M:
    def __getitem__(self, k):
        if k == 97:
            return 'Z'
        raise LookupError
print('abca'.translate(M()))
print("abc".find("", 10), "abc".find("", 3), "abc".count("", 4), "abc".startswith("", 4), "abc".rfind("", 2), "abc".index("c", -1))
print(" a\x1cb\x1fc ".split(), "a\u2028b\x85c".splitlines(), " x ".strip(), "\x1c x\x1f".strip(), "a  b c ".split(None, 1), " a b  c".rsplit(None, 1), "".split())
print("½".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "一".isnumeric(), "Ⅷ".isnumeric(), "x²".isalnum(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("\u00ad".isprintable(), "\u200b".isprintable(), " ".isprintable(), "\xa0".isprintable(), "é\u0301".isprintable(), "\U000e0001".isprintable(), "".isprintable())
print("ǆemal".capitalize(), "ﬁsh".title(), "ßx".capitalize(), "hello wORLD 3rd".title(), "ǉ ǌ".title(), "ΣΑΣ".lower(), "x1y".title(), "ÿ".upper())
print("über_1".isidentifier(), "1a".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "℘x".isidentifier())
print("AbC".swapcase(), "ß".swapcase(), "İ".swapcase(), "Ab".isupper(), "A1".isupper(), "1".isupper(), "aB".islower())
