import builtins
print(len(dir(builtins)) > 100, builtins.len is len, hasattr(builtins, "print"))
print(abs is builtins.abs, type(builtins).__name__)
print(... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
print(divmod(-1, 2), max(range(3)), min("cab"), sum([]), any([]), all([]))
print(list(filter(bool, range(-2, 3))), list(map(bool, [0, 1])))
print(sorted(zip("cba", range(3))), list(enumerate(reversed("ab"))))
print(isinstance(print, type(len)), callable(builtins.open))
print(globals()["__name__"], "builtins" in globals())
r = range(5)
print(slice(*[1, 4]), r[slice(1, 4)])
try:
    builtins.no_such_builtin
except AttributeError as e:
    print(type(e).__name__, e)
old_len = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2]))
builtins.len = old_len
print(len([1, 2]))
print(__import__("math").sqrt(9.0), __import__("os").sep in "/\\")
