import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "bin.dat")
with open(p, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\xff"), f.mode)
    print(f.write(bytearray(b"!!")))
with open(p, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__, data[0], data[-1])
with open(p, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(0)
    print(f.read(1))
with open(p, "ab") as f:
    f.write(b"\nline2\n")
with open(p, "rb") as f:
    print(f.readlines())
with open(p, "rb") as f:
    for chunk in f:
        print("chunk", chunk)
try:
    with open(p, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(p, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
with open(p, "r+b") as f:
    f.write(b"AB")
with open(p, "rb") as f:
    print(f.read())
try:
    open(p, "rw")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(p, "xb")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(p)
os.rmdir(d)
