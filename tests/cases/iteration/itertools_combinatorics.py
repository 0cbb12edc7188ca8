import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product("ab", "xy", repeat=2))[:5], len(list(it.product("ab", "xy", repeat=2))))
print(list(it.product()), list(it.product("a", [])))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.permutations("ab", 3)), list(it.permutations("ab", 0)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 4)))
print(list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
for f, args in [(it.permutations, ("ab", -1)), (it.combinations, ("ab", -1)), (it.product, ("ab",))]:
    try:
        if f is it.product:
            list(f(*args, repeat=-1))
            print("product repeat=-1 ok:", list(f(*args, repeat=-1)))
        else:
            list(f(*args))
    except ValueError as e:
        print(type(e).__name__, e)
