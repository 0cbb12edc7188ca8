print(type([].count).__name__, type(len).__name__, type("".join).__name__)
import math
print(type(math.sqrt).__name__, repr([].append)[:38])
m = [3, 1].count
print(m.__self__, m.__name__, m.__qualname__, m(3), callable(m))
print(isinstance(m, type(len)))
import types
print(isinstance(m, types.BuiltinFunctionType), isinstance(m, types.MethodType))
try:
    m.__func__
except AttributeError as e:
    print("AttributeError", e)
print(type(list.append).__name__, type(str.join).__name__, type(list.__new__).__name__)
print(types.MethodDescriptorType is type(str.join), callable(list.append))
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A"], key=str.lower))
import inspect
print(inspect.isbuiltin(list.append), inspect.isbuiltin([].append), inspect.isbuiltin(len))
