def f(a, b, c):
    return a / c
x = f(
    1,
    2,
    0,
)
