import random
random.seed(42)
print(random.random(), random.randint(0, 9), random.choice(["r", "g", "b"]))
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.sample(deck, 2), random.choices([1, 2, 3], k=5))
print(round(random.gauss(0, 1), 10), round(random.uniform(0, 1), 10))
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())
state = random.getstate()
x1 = random.random()
random.setstate(state)
print(random.random() == x1)
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(1)
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(-10, 10, 3), random.getrandbits(1), random.getrandbits(32))
