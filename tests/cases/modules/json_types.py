import json
values = [None, True, False, 0, -1, 3.5, 1e-7, 2 ** 64, "", "text", [], {}, [None, [True]], {"a": {"b": {}}}]
for v in values:
    s = json.dumps(v)
    print(repr(v), "->", s, "->", repr(json.loads(s)))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": [1, {"b": None}]}, indent=3, separators=(",", " = ")))
print(json.dumps("/\\\"\b\f\n\r\t"))
print(json.loads('"\\/\\\\\\"\\b\\f\\n\\r\\t"') == "/\\\"\b\f\n\r\t")
print(json.dumps(["ü", "日本"]), json.dumps(["ü", "日本"], ensure_ascii=False))
print(json.loads('"\\u65e5"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.dumps(3.0), json.dumps(100.0), json.dumps(1.5e300), json.dumps(-1e-300), json.dumps(123456789012345678.0))
print(json.loads("1E2"), json.loads("-0.0"), json.loads("0.1e1"), json.loads("[1e-2]"))
print(json.dumps({"list": list(range(3)), "tuple": (4, 5)}, indent=None, separators=(",", ":")))
