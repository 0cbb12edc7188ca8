import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep="|")
print(*range(5))
print(*[], sep="x")
print("x", end="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "ok", sep=None, end=None)
r = print("returns")
print(r)
print("multi\nline")
print("", "", sep="-")
print("tab\tchar")
print(file=sys.stdout)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "writer", file=w, sep="_")
print(w.parts)
print("last line to stderr", file=sys.stderr)
