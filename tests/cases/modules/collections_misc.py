from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
window = deque(maxlen=3)
averages = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages, window)
inventory = Counter(apples=3, pears=1)
inventory.update({"apples": 2, "kiwis": 4})
inventory["pears"] -= 1
print(inventory, +inventory, inventory.most_common(1), sorted(inventory.elements())[:3])
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
print(dict(graph), sorted(graph), graph[9], len(graph))
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
Card = namedtuple("Card", "rank suit")
hand = [Card("A", "s"), Card("10", "h"), Card("2", "s")]
print(sorted(hand, key=lambda c: c.suit), [c.rank for c in hand if c.suit == "s"], Card._fields, hand[0]._asdict())
print(Card("K", "d") == ("K", "d"), Card(*"Qc"), Card._make(["J", "h"]).rank)
d = deque("abcde")
d.rotate(1)
print("".join(d), d.index("c"), d.count("a"))
d.rotate(-2)
print("".join(d))
