import json, json.decoder, json.encoder
from json import JSONDecodeError
from json.decoder import JSONDecoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder, JSONDecoder is json.JSONDecoder)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.__name__, json.decoder.__name__)
print(json.dumps({"b": 1, "a": [1, 2.5, None, True, "é\n\u2028\U0001f600"]}, sort_keys=True))
print(json.dumps({"b": 1, "a": [1, {"x": []}]}, indent=2))
print(json.dumps([1, [2, {}]], indent="\t", separators=(",", "=")))
print(json.dumps("é😀", ensure_ascii=False), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(-0.0))
for bad in [lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(set())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1,): 2, "a": 1}, skipkeys=True))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E), json.dumps({1, 2}, default=sorted))
print(list(json.JSONEncoder().iterencode([1, 2])), json.JSONEncoder(indent=1).encode({"a": 1}))
print(json.loads('{"a": [1, 2, {"b": null}]}', object_pairs_hook=lambda p: p))
print(json.loads("[1, 2.0, 3e2]", parse_int=float, parse_float=str), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.JSONDecoder().raw_decode('[1] tail'))
print(json.loads('"\\ud800"') == "\ud800" if False else "skip", json.loads('"a\\/b\\\\c\\"d"'))
for doc in ['"\\x"', '"\\u12"', '[1 2]', '{"a":1 "b":2}', '"a\tb"', '[', '{"a"', '-', '1.', '.5', '"\\u00e9']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\tb"', strict=False))
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "x.json")
with open(p, "w") as f:
    json.dump({"k": [1, 2]}, f, indent=1)
with open(p) as f:
    print(json.load(f))
os.remove(p); os.rmdir(d)
