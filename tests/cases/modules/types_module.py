import types, inspect
print(types.FunctionType, types.CodeType, types.CellType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.FrameType, types.NoneType, types.EllipsisType)
m = types.MappingProxyType({'a': 1})
print(m, m['a'], len(m), list(m), type(m).__name__, 'a' in m, m.get('b', 2))
try:
    m['b'] = 2
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(x=1, y=[2])
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y=[2]))
ns.z = 3
print(ns)
C = types.new_class('C', (object,), exec_body=lambda d: d.update(v=5))
print(C, C.v, C.__name__)
def plain():
    return iter([1, 2])
cp = types.coroutine(plain)
print(cp.__name__, list(cp()))
@types.coroutine
def gen():
    yield 1
print(gen.__code__.co_flags & 0x100, inspect.isawaitable(gen()))
print(repr(m), m.copy(), m | {'b': 2}, dict(m.items()))
print(all(n in types.__all__ for n in ['FunctionType', 'CoroutineType', 'SimpleNamespace', 'coroutine', 'new_class', 'MappingProxyType']))
