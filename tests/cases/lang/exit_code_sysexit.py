import sys
print("about to exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code is", repr(e.code))
sys.stdout.flush()
sys.exit(3)
