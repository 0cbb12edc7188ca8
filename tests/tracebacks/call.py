def boom(x):
    raise ValueError(x)
def mid():
    return len("ab") + boom(3)
mid()
