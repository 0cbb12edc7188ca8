import os, tempfile
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.isabs(d), os.listdir(d))
d2 = tempfile.mkdtemp(prefix="coil_", suffix="_x")
print(os.path.basename(d2).startswith("coil_"), d2.endswith("_x"), d != d2)
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as f:
    name = f.name
    print(os.path.exists(name), name.endswith(".txt"))
    f.write("hello temp\nsecond")
    f.flush()
    f.seek(0)
    print(repr(f.read()))
    with open(name) as g:
        print(g.readline().strip())
print(os.path.exists(name))
with tempfile.NamedTemporaryFile(delete=False, dir=d) as f:
    f.write(b"\x00bytes")
    kept = f.name
print(os.path.exists(kept), os.path.dirname(kept) == d)
with open(kept, "rb") as f:
    print(f.read())
os.remove(kept)
fd, path = tempfile.mkstemp(dir=d, text=True)
os.write(fd, b"via fd")
os.close(fd)
print(open(path).read())
os.remove(path)
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "f")
    open(p, "w").close()
    print(os.listdir(td))
print(os.path.exists(td))
os.rmdir(d)
os.rmdir(d2)
print(os.path.exists(d), isinstance(tempfile.gettempdir(), str))
