import warnings, sys
def f(msg, cat=UserWarning, level=2):
    warnings.warn(msg, cat, stacklevel=level)
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
cap = Capture()
old = sys.stderr
sys.stderr = cap
for i in range(3):
    f("repeated")
warnings.warn("direct")
warnings.warn("direct")
f("dep", DeprecationWarning)
f("pending", PendingDeprecationWarning)
f("runtime", RuntimeWarning)
warnings.warn(UserWarning("instance"))
sys.stderr = old
print("".join(cap.parts).replace(__file__, "FILE"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f("a")
    f("a")
    warnings.warn("b", SyntaxWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename == __file__)
    print(str(w[2]).replace(__file__, "FILE"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    f("ignored")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    f("o"); f("o"); warnings.warn("o")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    f("m"); warnings.warn("m"); f("m")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    f("x", RuntimeWarning); f("y", UserWarning)
    print([str(x.message) for x in w])
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  "))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, ""), end="|\n")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("deep", stacklevel=50)
    print(w[0].filename, w[0].lineno)
    warnings.warn_explicit("expl", UserWarning, "some.py", 7)
    print(w[1].filename, w[1].lineno, w[1].category.__name__)
msgs = []
def show(message, category, filename, lineno, file=None, line=None):
    msgs.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    f("custom")
print(msgs)
print(len(warnings.filters) > 0, warnings.filters[0][0])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
