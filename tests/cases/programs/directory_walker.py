import os
import tempfile

def build(root, spec):
    for name, content in spec.items():
        path = os.path.join(root, name)
        if isinstance(content, dict):
            os.mkdir(path)
            build(path, content)
        else:
            with open(path, "w") as f:
                f.write(content)

def walk(root, rel=""):
    for name in sorted(os.listdir(os.path.join(root, rel))):
        relpath = os.path.join(rel, name)
        if os.path.isdir(os.path.join(root, relpath)):
            yield ("dir", relpath)
            yield from walk(root, relpath)
        else:
            yield ("file", relpath)

def find(root, suffix):
    for kind, rel in walk(root):
        if kind == "file" and rel.endswith(suffix):
            yield rel

def sizes(root, rels):
    for rel in rels:
        yield rel, os.path.getsize(os.path.join(root, rel))

spec = {
    "src": {"main.py": "print('hi')\n", "util.py": "x = 1\n" * 3, "data": {"a.txt": "aaa", "b.py": ""}},
    "README.txt": "readme",
    "setup.py": "# setup\n",
    "empty": {},
}
with tempfile.TemporaryDirectory() as root:
    build(root, spec)
    for kind, rel in walk(root):
        print(kind, rel.replace(os.sep, "/"))
    py = list(sizes(root, find(root, ".py")))
    print([(r.replace(os.sep, "/"), s) for r, s in py])
    print("total", sum(s for _, s in py))
    walked = sorted(os.path.relpath(dp, root).replace(os.sep, "/") for dp, dn, fn in os.walk(root))
    print(walked)
