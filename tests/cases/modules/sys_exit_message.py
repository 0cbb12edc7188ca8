import sys
print("stdout before exit")
sys.exit("error: something went wrong")
