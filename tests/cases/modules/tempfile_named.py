import os, tempfile
with tempfile.NamedTemporaryFile(mode="w+", encoding="utf-8", prefix="coil", suffix=".log") as tf:
    print(os.path.basename(tf.name).startswith("coil"), tf.name.endswith(".log"))
    for i in range(3):
        tf.write("entry %d\n" % i)
    tf.seek(0)
    print(tf.readlines())
    print(os.path.getsize(tf.name) >= 0)
print(os.path.exists(tf.name), tf.closed)
tf2 = tempfile.NamedTemporaryFile(delete=False)
try:
    tf2.write(b"persist")
    tf2.close()
    with open(tf2.name, "rb") as fh:
        print(fh.read())
finally:
    os.unlink(tf2.name)
print(os.path.exists(tf2.name))
with tempfile.TemporaryFile() as t:
    t.write(b"anon")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryDirectory(prefix="coil") as dname:
    print(os.path.isdir(dname), os.path.basename(dname).startswith("coil"))
    sub = os.path.join(dname, "nested", "dir")
    os.makedirs(sub)
    open(os.path.join(sub, "f.txt"), "w").close()
print(os.path.exists(dname))
