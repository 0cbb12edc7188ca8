def g():
    try:
        yield "v"
    finally:
        print("  g finally")

def use():
    it = g()
    print("  use got", next(it))
    print("  use returning")
    return "result"

print("call use")
r = use()
print("after use:", r)

def use_exc():
    it = g()
    next(it)
    raise ValueError("leave scope by exception")

try:
    use_exc()
except ValueError as e:
    print("caught", e)
print("end")
