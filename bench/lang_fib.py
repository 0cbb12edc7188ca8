# Recursive calls: fib(27) computed recursively, several times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(40):
    total += fib(27)
print("fib", total)
