import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
with open(p, "w") as f:
    f.write("hello")
with open(p, "a") as f:
    print(f.write(" world"), f.tell())
with open(p, "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("HELLO")
with open(p) as f:
    print(f.read())
with open(p, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
try:
    with open(p, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.errno)
p2 = os.path.join(d, "new.txt")
with open(p2, "x") as f:
    f.write("exclusive")
print(open(p2).read())
with open(p) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(p) as f:
    print(f.readable(), f.writable(), f.seekable(), f.closed)
f = open(p)
print(f.closed)
f.close()
f.close()
print(f.closed)
for name in (p, p2):
    os.remove(name)
os.rmdir(d)
