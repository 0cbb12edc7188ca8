import sys
total = 0
for i in range(10):
    total += i
    print("step", i, total)
    if total > 10:
        print("threshold reached, exiting")
        sys.exit(0)
print("never printed")
