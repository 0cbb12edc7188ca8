s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("dog", "mat")), s.startswith(("a", "b")))
print(s.find("t", 1, 3), s.find(""), "abc".find("", 10))
print("Hello World".upper(), "Hello World".lower(), "hello world".title(), "hELLO wORLD".swapcase())
print("hello WORLD".capitalize(), "they're bill's".title(), "ß".upper(), "ǅ".lower())
print("abc".center(9, "*"), "abc".center(8), "|" + "abc".ljust(6) + "|", "abc".rjust(6, "."), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum())
print(" \t\n".isspace(), "".isspace(), "ABC".isupper(), "AbC".isupper(), "abc".islower(), "A1".isupper())
print("Title Case".istitle(), "hello_1".isidentifier(), "1x".isidentifier(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal())
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("a-b_c".removeprefix("a-"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("Hello".casefold(), "{}-{}".format(*"ab"), str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abc".translate(str.maketrans("ab", "xy", "c")))
