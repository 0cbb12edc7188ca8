s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:])
print(s[::2], s[1::2], s[::-1], s[-1:-6:-1], s[5:0:-2])
print(s[100:], s[-100:3], s[3:1], repr(s[5:5]))
print(s[2:10:3], s[::-3])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[slice(1, 4)], s[slice(None, None, -2)])
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -1 == "")
print("ab" + "cd", "a" in "cat", "ca" in "cat", "" in "cat", "x" not in "cat")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(min("hello"), max("hello"), list("abc"), "".join(reversed("abc")))
for i, ch in enumerate("hé!"):
    print(i, ch, ord(ch))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
try:
    1 in "abc"
except TypeError as e:
    print(e)
