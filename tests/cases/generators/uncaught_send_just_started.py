def echo():
    while True:
        x = yield
        print("echo", x)

e = echo()
e.send("too early")
