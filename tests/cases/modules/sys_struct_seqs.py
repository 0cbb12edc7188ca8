import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.releaselevel, len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, len(rest), type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(repr(sys.float_info).startswith("sys.float_info(max=1.7976931348623157e+308"), sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.dev_mode, type(sys.flags).__name__)
print(sys.version_info > (3, 10), sys.version_info < (4,), list(sys.version_info)[:2])
def inner():
    line = sys._getframe().f_lineno
    f = sys._getframe()
    b = sys._getframe(1)
    return f.f_code.co_name, line, b.f_code.co_name, f.f_back.f_code.co_name, f.f_globals is globals()
print(inner())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(type(vars(sys)).__name__, vars(sys) is sys.__dict__, sys.__dict__["maxsize"] == sys.maxsize)
