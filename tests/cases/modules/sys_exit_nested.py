import sys
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally in cleanup")
try:
    cleanup()
except SystemExit as e:
    print("intercepted", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code", e.code)
try:
    exit_code = [1, 2]
    sys.exit(exit_code)
except SystemExit as e:
    print("list code", e.code)
try:
    sys.exit(0)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", type(e).__name__)
sys.exit(2)
