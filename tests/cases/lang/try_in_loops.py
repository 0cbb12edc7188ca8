def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append("body%d" % i)
        finally:
            out.append("finally%d" % i)
    else:
        out.append("else")
    return out
print(loop_with_finally())

def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError("attempt %d failed" % attempts)
            return "succeeded after %d" % attempts
        except ConnectionError as e:
            print("retry:", e)
print(while_retry())

def nested_break():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                print("cleanup", i, j)
nested_break()

def exception_per_item(items):
    ok, bad = [], []
    for it in items:
        try:
            ok.append(10 // it)
        except ZeroDivisionError:
            bad.append(it)
            continue
        except TypeError as e:
            bad.append(str(e))
        else:
            ok.append("else")
    return ok, bad
print(exception_per_item([1, 0, "x", 5]))
def gen_with_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
for v in gen_with_try():
    if v == 1:
        break
print("after loop")
