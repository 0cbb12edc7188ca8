"""doc"""
from __future__ import annotations
import __future__
x: List[ int ] = 1
y: "str"
z: dict[str, int | None]
def f(a: Undefined, *args: tuple[int, ...], b: Callable[[int], str] = None, **kw: Any) -> Optional[int]:
    return a
print(__annotations__)
print(f.__annotations__)
class C:
    attr: Self
    def m(self, other: C) -> C: ...
print(C.__annotations__, C.m.__annotations__)
print(__future__.annotations, __future__.annotations.compiler_flag, __future__.all_feature_names[:3])
print(annotations)
for src in ['from __future__ import braces', 'from __future__ import nope', 'x=1\nfrom __future__ import annotations', '"d"\nfrom __future__ import division, annotations\nv: a.b.c = 3\nprint(__annotations__)']:
    try:
        exec(compile(src, 's', 'exec'))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
