def g(name):
    try:
        yield name
    finally:
        print("finally", name)

keep = g("module-level")
next(keep)
print("last line of program")
