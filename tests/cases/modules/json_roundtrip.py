import json, os, tempfile
records = [{"id": i, "name": "item%d" % i, "price": i * 1.25, "tags": ["t%d" % j for j in range(i)]} for i in range(4)]
text = json.dumps(records, indent=2)
back = json.loads(text)
print(back == records, len(text.splitlines()))
print(back[3])
d = tempfile.mkdtemp()
path = os.path.join(d, "data.json")
with open(path, "w") as f:
    json.dump({"records": records, "count": len(records)}, f, sort_keys=True)
with open(path) as f:
    loaded = json.load(f)
print(loaded["count"], loaded["records"][1]["name"], sorted(loaded))
with open(path) as f:
    raw = f.read()
print(raw[:60])
os.remove(path)
os.rmdir(d)
print(json.loads(json.dumps("\x00\x1f\u2028")) == "\x00\x1f\u2028", json.dumps("\u2028"))
print(json.dumps({"k": (1, 2)}), json.loads(json.dumps({"k": (1, 2)})))
print(json.dumps({2: "b", 1: "a"}, sort_keys=True), json.loads(json.dumps({2: "b"})))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
try:
    json.dumps({"x": object()}, cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)
