import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import random
random.seed(12345)
print(random.random(), random.uniform(2, 5), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.betavariate(2, 3))
print(random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(5), random.getrandbits(70), random.randrange(10**30), random.randint(-5, 5))
print(random.choices("abc", weights=[1, 2, 3], k=6), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(random.sample(range(10), 3, counts=None), random.sample(["a", "b"], k=2, counts=[3, 1]))
s = random.getstate()
print(s[0], len(s[1]), s[2])
random.seed("abc")
a = random.random()
random.seed(b"abc")
b = random.random()
random.seed(bytearray(b"abc"))
print(a == b == random.random(), a)
random.seed("abc", version=1)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-7)
x = random.random()
random.seed(7)
print(x == random.random())
random.seed(2 ** 100 + 1)
print(random.random())
random.seed(True)
print(random.random())
for bad in [lambda: random.seed([1]), lambda: random.seed({}), lambda: random.getrandbits(-1), lambda: random.randrange(1, 2, 0),
            lambda: random.randrange(5, 1), lambda: random.randrange(1, 10, -1), lambda: random.randrange(1.5), lambda: random.randrange(0, 10, 1.5),
            lambda: random.randrange(10, step=2), lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], [0, 0]),
            lambda: random.choices([1], [1], cum_weights=[1]), lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], -1),
            lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.gammavariate(0, 1), lambda: random.setstate((9, (), None)),
            lambda: random.choice({}), lambda: random.getrandbits(1.5), lambda: random.Random().setstate((3, (1,) * 3, None)),
            lambda: random.Random().setstate((3, (0,) * 624 + (700,), None)), lambda: random.Random().setstate((3, [0] * 625, None)),
            lambda: random.randint(1.5, 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random(5)
print(r.random(), r.randrange(3, 100, 7), r.getrandbits(3))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.randrange(10), m.choice("abcdef"), m._randbelow.__name__)
class Counter(random.Random):
    def __init__(self, seed, extra):
        super().__init__(seed)
        self.extra = extra
c = Counter(1, "x")
print(c.random(), c.extra)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(0), len(sr.randbytes(4)), sr.seed(1))
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)
import _random
base = _random.Random(42)
print(base.random(), type(base).__name__, type(base).__module__)
try:
    _random.Random(1, 2)
except TypeError as e:
    print(e)
try:
    _random.Random(x=1)
except TypeError as e:
    print(e)
base.seed(None)
print(0 <= base.random() < 1)
random.seed(1)
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.sample(range(1000000), 4), random.sample("abcdefghijklmnopqrstuvwxyz", 7))
