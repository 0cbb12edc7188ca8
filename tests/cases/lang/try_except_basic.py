def attempt(f):
    try:
        r = f()
    except ZeroDivisionError as e:
        print("zero:", e)
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("ok:", r)
    finally:
        print("finally")

attempt(lambda: 1 / 0)
attempt(lambda: {}["k"])
attempt(lambda: [][0])
attempt(lambda: int("abc"))
attempt(lambda: 42)

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)

try:
    x = 1
except:
    pass
else:
    print("else runs when no exception")

e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append("body%d" % i)
        finally:
            log.append("fin%d" % i)
    return log
print(order())

try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
