import random
import itertools

def random_walk(seed):
    rng = random.Random(seed)
    pos = 0
    while True:
        pos += rng.choice((-1, 1))
        yield pos

def dice(seed, sides=6):
    rng = random.Random(seed)
    while True:
        yield rng.randint(1, sides)

print(list(itertools.islice(random_walk(42), 15)))
walk = random_walk(7)
steps = next(i for i, p in enumerate(walk, 1) if abs(p) == 5)
print("reached distance 5 after", steps, "steps")
rolls = list(itertools.islice(dice(1), 20))
print(rolls, sum(rolls))
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
def deal(deck, hands, size):
    it = iter(deck)
    for _ in range(size):
        for h in hands:
            h.append(next(it))
hands = [[], [], []]
deal(deck, hands, 4)
for h in hands:
    print(h)
print(random.sample(range(100), 5), round(random.random(), 6), random.randrange(10, 100, 5))
