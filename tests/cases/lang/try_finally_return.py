def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"

def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("f6 finally")

def f7():
    while True:
        try:
            return "ret"
        finally:
            break
    return "after break"

def f8():
    try:
        try:
            raise KeyError("a")
        finally:
            print("f8 inner finally")
    except KeyError as e:
        return "caught " + repr(e)

for f in [f1, f2, f3, f4, f5, f6, f7, f8]:
    print(f.__name__, f())

def gen_count():
    count = []
    try:
        try:
            raise ValueError("x")
        finally:
            count.append("inner")
    except ValueError:
        count.append("handler")
    finally:
        count.append("outer")
    return count
print(gen_count())
