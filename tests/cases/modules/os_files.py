import os, tempfile
base = tempfile.mkdtemp()
print(os.path.isdir(base), os.listdir(base))
os.mkdir(os.path.join(base, "sub"))
os.makedirs(os.path.join(base, "deep", "er", "est"))
os.makedirs(os.path.join(base, "deep", "er"), exist_ok=True)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.path.join(base, "deep"))))
try:
    os.makedirs(os.path.join(base, "deep"))
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(os.path.join(base, "deep"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, "a.txt")), os.stat(os.path.join(base, "a.txt")).st_size)
print(sorted(f for f in os.listdir(base) if f.endswith(".txt")))
walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(walked)
for name in ["a.txt", "b.txt", "d.log"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
os.removedirs(os.path.join(base, "deep", "er", "est")) if False else None
os.rmdir(os.path.join(base, "deep", "er", "est"))
os.rmdir(os.path.join(base, "deep", "er"))
os.rmdir(os.path.join(base, "deep"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
cwd = os.getcwd()
os.chdir(tempfile.gettempdir())
os.chdir(cwd)
print(os.getcwd() == cwd)
