from collections import ChainMap, Counter, deque, defaultdict, OrderedDict, namedtuple
defaults = {"color": "red", "size": "M"}
overrides = {"size": "L"}
cm = ChainMap(overrides, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("missing", "-"))
cm["new"] = 1
print(overrides, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0])
try:
    del cm["color"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm) == {"color": "red", "size": "L", "new": 1})
print(isinstance(Counter(), dict), isinstance(OrderedDict(), dict), isinstance(defaultdict(int), dict))
print(Counter("aab") + Counter("b"), Counter(a=3) - Counter(a=5), Counter(a=-1) + Counter())
P = namedtuple("P", "a b")
print(P(1, 2)._asdict(), list(deque(P(3, 4))), Counter(P(1, 1)))
d = deque([1, 2, 3], maxlen=5)
d.extend(range(10, 14))
print(d, list(d)[::-1], d[2])
