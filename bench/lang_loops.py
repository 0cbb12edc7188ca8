# Loops over ranges: nested loops summing with integer arithmetic.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j + i - j) % 7
            if (i ^ j) & 3 == 0:
                total -= 1
    return total

acc = 0
for k in range(3):
    acc = (acc * 31 + work(1700 + k)) % 1000000007
print("loops", acc)
