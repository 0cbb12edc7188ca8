import json
print(json.loads('{"a": 1, "b": [true, false, null], "c": "str", "d": 1.5, "e": -2e3, "f": {}}'))
print(json.loads("[]"), json.loads("3"), json.loads("-0"), json.loads("1e400"), json.loads('"\\u00e9\\n"'), json.loads("null"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(json.loads('  [1 , 2 ]  '), json.loads('{"dup": 1, "dup": 2}'), json.loads('"\\ud83d\\ude00"'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('12345678901234567890123'), json.loads('[1.0, 0.1]'))
s = json.dumps({"round": [1, 2.5, "x", None, True]})
print(json.loads(s) == {"round": [1, 2.5, "x", None, True]})
print(json.loads(b'{"bytes": 1}'))
print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
bad_docs = ["", "{", "[1,]", "{'a': 1}", '{"a" 1}', "tru", '"unterminated', "[1] x", "01", '{"a": 1,}', "\n\n  @"]
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e, "|", e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
json.loads("{bad json}")
