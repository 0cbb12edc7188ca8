def g(start):
    total = start
    for i in range(3):
        total += i
        yield total
    del total
    yield "deleted"

it = g(100)
print(next(it), sorted(it.gi_frame.f_locals))
print(next(it), it.gi_frame.f_locals["i"], it.gi_frame.f_locals["total"])
print(next(it))
print(next(it), sorted(it.gi_frame.f_locals))
print(it.gi_frame.f_code.co_name)
