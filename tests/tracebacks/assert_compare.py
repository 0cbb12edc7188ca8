def check(x, y):
    assert x == 1 and y
check(1, 0)
