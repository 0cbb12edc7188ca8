import os, os.path, tempfile, errno
from os import path as p2
print(os.path is p2, os.path.__name__, os.name, os.sep, os.pathsep, os.devnull)
d = tempfile.mkdtemp()
f = os.path.join(d, "f.txt")
for fn, args in [(os.stat, (f,)), (os.remove, (f,)), (os.rmdir, (f,)), (os.listdir, (f,)), (os.rename, (f, f + "2")), (os.chdir, (f,)), (os.lstat, (f,)), (os.readlink, (f,))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, e.filename == f, str(e).replace(d, "D"), e.args)
for bad in [5, None, 1.5, [1]]:
    try:
        os.stat(bad)
    except TypeError as e:
        print("stat", type(e).__name__, e)
    except OSError as e:
        print("stat", type(e).__name__, e.errno)
for bad in [5, None, 1.5]:
    try:
        os.remove(bad)
    except TypeError as e:
        print("remove", type(e).__name__, e)
try:
    os.stat("a\0b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(os.fspath(P("x")), os.path.join(P("a"), "b"), os.path.exists(P(d)))
try:
    os.fspath(P(3))
except TypeError as e:
    print(e)
with open(f, "w") as fh:
    fh.write("12345")
st = os.stat(f)
print(st.st_size, st[6], len(st), type(st).__name__, isinstance(st, tuple), oct(st.st_mode & 0o777 & 0o600))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(repr(st).startswith("os.stat_result(st_mode="))
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, nlink)
print(os.stat_result(tuple(range(10))))
print(os.stat_result(tuple(range(10))).st_atime)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
os.symlink(f, f + ".lnk")
print(os.path.islink(f + ".lnk"), os.path.islink(f), os.readlink(f + ".lnk") == f, os.path.realpath(f + ".lnk") == os.path.realpath(f))
print(os.lstat(f + ".lnk").st_mode & 0o170000 == 0o120000)
print(os.path.samefile(f, f + ".lnk"), os.path.getsize(f + ".lnk"))
try:
    os.symlink(f, f + ".lnk")
except FileExistsError as e:
    print(str(e).replace(d, "D"))
os.remove(f + ".lnk")
try:
    os.rename(f, os.path.join(d, "nodir", "x"))
except FileNotFoundError as e:
    print(str(e).replace(d, "D"), e.filename2.replace(d, "D"))
fd = os.open(f, os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.write(1, "str")
except TypeError as e:
    print(e)
fd = os.open(f, os.O_WRONLY | os.O_APPEND)
print(os.write(fd, b"67"), os.write(fd, bytearray(b"8")))
os.close(fd)
print(open(f).read())
try:
    os.open(os.path.join(d, "none"), os.O_RDONLY)
except FileNotFoundError as e:
    print(str(e).replace(d, "D"))
print(os.access(f, os.R_OK), os.access(os.path.join(d, "none"), os.F_OK))
print(len(os.urandom(5)), type(os.urandom(0)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.getenv("HOME") == os.environ.get("HOME"), "PATH" in os.environ, isinstance(os.environ.copy(), dict))
os.environ.setdefault("COIL_X", "1")
print(os.environ.pop("COIL_X"), os.environ.pop("COIL_X", "gone"))
print(os.strerror(2), os.strerror(13))
entries = list(os.scandir(d))
print([(e.name, e.is_file(), e.is_dir(), e.is_symlink()) for e in entries], repr(entries[0]))
print(os.path.splitext(".a.b"), os.path.normpath("//a//b"), os.path.normpath("///a"), os.path.relpath("a/b", "a/c"))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.dirname("/"), os.path.basename(""), os.path.split("/"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expandvars("$HOME/x") == os.environ["HOME"] + "/x", os.path.expandvars("$NOPE_COIL/x"))
print(os.listdir(d.encode()))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(e)
try:
    os.path.join("a", 5)
except TypeError as e:
    print(e)
os.remove(f)
os.makedirs(os.path.join(d, "x", "y"))
try:
    os.makedirs(os.path.join(d, "x", "y"))
except FileExistsError as e:
    print(str(e).replace(d, "D"))
os.removedirs(os.path.join(d, "x", "y"))
print(os.path.exists(d))
print(os.getpid() > 0, os.cpu_count() > 0, os.getcwd() == os.path.abspath("."))
