def parse(v):
    return int(v)

print("before")
values = [parse(s) for s in ["1", "2"]]
print(values)
parse("not a number")
print("never printed")
