import sys
print("exit with None means success")
sys.exit(None)
