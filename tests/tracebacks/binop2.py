a = 1
b = "x"
def h():
    return a   +    b
h()
