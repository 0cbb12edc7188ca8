def f():
    raise ValueError("inner v")
try:
    f()
except ValueError as e:
    ctx = e
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ctx]), KeyError("k")])
raise eg
