import os, tempfile, errno
d = tempfile.mkdtemp()
missing = os.path.join(d, "no_such_file.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.errno == errno.ENOENT)
    print(e.filename == missing, str(e).replace(d, "DIR"))
    print(isinstance(e, OSError), e.args)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(os.path.join(d, "sub", "x.txt"), "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(missing)
except OSError as e:
    print(type(e).__name__, str(e).replace(d, "DIR"))
try:
    os.rmdir(missing)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(missing, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(123456789)
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(d)
print(os.path.join(d, "no_such_file.txt") == missing)
open("no_such_file_for_coil_test.txt")
