import hashlib
for name in ["md5", "sha1", "sha256"]:
    for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", "naïve ☃".encode("utf-8"), bytes(range(256))]:
        h = getattr(hashlib, name)(data)
        print(name, len(data), h.hexdigest())
h = hashlib.sha256()
print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(hashlib.md5().name, hashlib.md5().digest_size, hashlib.sha1().digest_size, hashlib.sha1().block_size)
print(hashlib.md5(b"abc").digest())
print(hashlib.new("sha1", b"abc").hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(hashlib.new("SHA256").name)
