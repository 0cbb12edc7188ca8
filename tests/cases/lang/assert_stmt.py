assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
print(__debug__)
assert 0 < 1 < 2, "chain"
assert len("abc") == 4, "length mismatch: %d" % len("abc")
