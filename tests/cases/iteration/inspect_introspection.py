import inspect, types, os

def genf(a, b, *args, c=1, **kw):
    x = 1
    yield a

def plain(a):
    return a

lam = lambda: (yield)

print(inspect.isgeneratorfunction(genf), inspect.isgeneratorfunction(plain), inspect.isgeneratorfunction(lam))
g = genf(1, 2)
print(inspect.isgenerator(g), inspect.isgenerator(genf), inspect.isgenerator(iter([])))
print(isinstance(g, types.GeneratorType), isinstance((x for x in []), types.GeneratorType), isinstance(iter([]), types.GeneratorType))
print(type(g) is types.GeneratorType, types.GeneratorType.__name__)
print(bool(genf.__code__.co_flags & inspect.CO_GENERATOR), bool(plain.__code__.co_flags & inspect.CO_GENERATOR))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(bool(genf.__code__.co_flags & inspect.CO_VARARGS), bool(genf.__code__.co_flags & inspect.CO_VARKEYWORDS))
co = genf.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(os.path.basename(co.co_filename), co.co_firstlineno)
print(plain.__code__.co_varnames, plain.__code__.co_firstlineno, lam.__code__.co_name)
print(inspect.getgeneratorstate(g))
print(inspect.isfunction(genf), inspect.iscoroutinefunction(genf))
import dis
print(callable(dis.dis))
