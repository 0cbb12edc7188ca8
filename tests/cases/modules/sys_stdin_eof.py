import sys
print(sys.stdin.name, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.seekable(), sys.stdin.encoding, sys.stdin.mode)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin is sys.__stdin__, sys.stdin.closed, sys.stdout.writable(), sys.stdout.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stderr.errors, sys.stdout.closed)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushed += 1
w = W()
print("a", 1, sep="", end="", file=w, flush=True)
print(w.parts, w.flushed)
