import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.5, "nested": {"k": [1, {"z": []}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps("héllo €"), json.dumps("héllo €", ensure_ascii=False), json.dumps("\U0001F600"))
print(json.dumps("quote\" back\\ nl\n tab\t ctl\x01"))
print(json.dumps(1.0), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps(True), json.dumps(None), json.dumps("s"), json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
for bad in [{1, 2}, object, b"bytes", {(1, 2): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=1, separators=(", ", ": ")))
print(json.dumps(set([1]), default=sorted), json.dumps({"k": "v"}, skipkeys=True))
