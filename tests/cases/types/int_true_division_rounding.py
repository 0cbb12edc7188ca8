import random
print(2**53 / (2**53 - 1), (2**60+1)/3, 10**20/7, -(2**62)/3, 10**400 // 3 / 10**380)
random.seed(5)
bad = 0
for i in range(20000):
    a = random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 200)) or 1
    r = a / b
    bad += hash(r) % 7
print(bad)
