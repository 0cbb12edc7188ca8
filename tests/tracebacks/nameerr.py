def f():
    return undefined_name * 2
f()
