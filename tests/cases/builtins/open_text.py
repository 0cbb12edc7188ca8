import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    print("wrote", n, f.closed, f.mode, f.name == path)
    f.write("line three")
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(5)), repr(f.readline()), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(4)))
with open(path, "w", encoding="utf-8") as f:
    print(f.write("héllo €\n"))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    f.writelines(["a\n", "b\n"])
print(open(path).read(), end="")
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "x" if False else "w") as f:
    pass
print(os.path.getsize(path), repr(open(path).read()))
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
