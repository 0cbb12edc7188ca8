import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "nl.txt")
with open(p, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, "w") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w") as f:
    pass
with open(p) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
with open(p, "w") as f:
    f.write("no trailing newline")
with open(p) as f:
    lines = [line for line in f]
print(lines)
os.remove(p)
os.rmdir(d)
