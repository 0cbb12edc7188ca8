import hashlib

def digests(items):
    for item in items:
        yield hashlib.sha1(item).hexdigest()

for d in digests([b"one", b"two", "three"]):
    print(d)
