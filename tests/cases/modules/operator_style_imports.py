import math as m
from collections import Counter as C, deque
from os import path as osp
from functools import *
import os.path
import sys, json
print(m.floor(2.5), C("aa"), deque([1]), osp.join("a", "b"), reduce(lambda a, b: a + b, [1, 2]))
print(os.path is osp, sys.modules["math"] is m, "json" in sys.modules)
try:
    import no_such_module_coil
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
import math
print(math is m, m.__name__, type(m).__name__)
def local_import():
    import json as j
    return j.dumps([1])
print(local_import())
print(hasattr(m, "sqrt"), getattr(m, "pi") == math.pi)
