ge = (x for x in range(5))
print(ge.send(None))
print(ge.send("ignored value"))
try:
    ge.throw(KeyError("into genexpr"))
except KeyError as e:
    print("throw propagates:", repr(e))
print(list(ge))
ge = (x for x in range(5))
try:
    ge.send(1)
except TypeError as e:
    print(type(e).__name__, e)
ge = (x for x in range(5))
next(ge)
print(ge.close(), list(ge))
print(ge.gi_code.co_name, ge.gi_code.co_argcount)
