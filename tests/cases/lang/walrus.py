data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)

big = [y for x in data if (y := x * 2) > 10]
print(big, y)

it = iter(["a", "b", "", "c"])
while (chunk := next(it)):
    print("chunk", chunk)

values = [(v, sq) for v in range(6) if (sq := v * v) % 2 == 0]
print(values)

def f():
    if (m := 3) and (k := m + 1):
        return m, k
print(f())

print((total := 10) + total)
print([last := i for i in range(3)], last)
stats = {"min": (lo := min(data)), "max": (hi := max(data))}
print(stats, lo, hi)
count = 0
while (count := count + 1) < 4:
    pass
print(count)
