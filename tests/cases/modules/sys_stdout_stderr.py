import sys
sys.stdout.write("no newline")
sys.stdout.write(" -- same line\n")
print(sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stderr.write("error line 1\n")
print("between", file=sys.stdout)
print("error via print", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.writable(), hasattr(sys.stdin, "read"))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = old
print("restored", cap.data)
sys.stderr.write("final stderr line\n")
