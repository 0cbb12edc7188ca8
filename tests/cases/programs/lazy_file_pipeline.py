import os
import tempfile

TEXT = """The quick brown fox
jumps over the lazy dog
Generators are lazy
Coroutines receive values
yield from delegates
send throw and close
Python eleven
end of file"""

def read_chunks(path, n):
    with open(path) as f:
        while True:
            chunk = ''.join(f.readline() for i in range(n))
            if not chunk:
                print("  [file exhausted]")
                return
            yield chunk

def lines_of(chunks):
    for chunk in chunks:
        print("  [new chunk of", chunk.count("\n") + (not chunk.endswith("\n")), "lines]")
        yield from chunk.splitlines()

def vowels(lines):
    for line in lines:
        yield ''.join(c for c in line if c.lower() in 'aeiou')

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w") as f:
        f.write(TEXT)
    for n in (3, 5):
        print("chunk size", n)
        for v in vowels(lines_of(read_chunks(path, n))):
            print(repr(v))
    pipeline = vowels(lines_of(read_chunks(path, 2)))
    print("first two only:", next(pipeline), next(pipeline))
    pipeline.close()
    print("exists before cleanup:", os.path.exists(path))
print("exists after cleanup:", os.path.exists(path))
