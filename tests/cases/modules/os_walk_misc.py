import os, tempfile
root = tempfile.mkdtemp()
tree = {"a/b/c.txt": "c", "a/d.txt": "dd", "e.txt": "eee", "f/g/h/i.txt": "i"}
for rel, content in tree.items():
    full = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as fh:
        fh.write(content)
sizes = {}
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for fn in sorted(filenames):
        full = os.path.join(dirpath, fn)
        sizes[os.path.relpath(full, root).replace(os.sep, "/")] = os.path.getsize(full)
print(sorted(sizes.items()))
print(sum(sizes.values()))
with os.scandir(root) as entries:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in entries))
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for fn in filenames:
        os.remove(os.path.join(dirpath, fn))
    os.rmdir(dirpath)
print(os.path.exists(root))
print(os.path.join("x", "y") == "x" + os.sep + "y", os.path.splitext("a.b.c")[1])
