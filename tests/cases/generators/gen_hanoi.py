def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return 0
    a = yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    b = yield from hanoi(n - 1, via, dst, src)
    return a + b + 1

for n in range(4):
    print(n, list(hanoi(n)))

def run(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    g = hanoi(n)
    moves = 0
    while True:
        try:
            disk, s, d = next(g)
        except StopIteration as e:
            total = e.value
            break
        assert pegs[s][-1] == disk
        if pegs[d]:
            assert pegs[d][-1] > disk
        pegs[d].append(pegs[s].pop())
        moves += 1
    return moves, total, pegs

for n in (5, 10):
    moves, total, pegs = run(n)
    print(n, moves, total, moves == 2 ** n - 1, pegs["C"] == list(range(n, 0, -1)))

import itertools
print(list(itertools.islice(hanoi(20), 3)))
