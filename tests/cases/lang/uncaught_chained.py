def inner():
    return {}["k"]

try:
    inner()
except KeyError as e:
    print("handling", repr(e))
    raise RuntimeError("wrapped failure") from e
