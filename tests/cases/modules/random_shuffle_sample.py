import random
random.seed(2024)
cards = list(range(1, 21))
random.shuffle(cards)
print(cards)
print(random.sample(cards, 4), random.sample(range(1000000), 3))
hand = random.sample("abcdefgh", 8)
print(sorted(hand) == list("abcdefgh"), hand)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
print([round(random.uniform(10, 20), 6) for _ in range(3)])
print([random.choice("HT") for _ in range(12)])
print(random.randrange(100, 200, 7), random.randrange(-50, -10))
x = [random.random() for _ in range(1000)]
print(min(x) >= 0, max(x) < 1, round(sum(x), 6))
random.seed(2024)
again = list(range(1, 21))
random.shuffle(again)
print(again == cards)
random.seed(99)
print(random.getrandbits(16), random.getrandbits(0) if False else random.getrandbits(3))
