import sys
try:
    print("try block")
    sys.exit(0)
finally:
    print("finally runs on exit")
