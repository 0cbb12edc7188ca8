import warnings
warnings.simplefilter("ignore")

def g():
    while True:
        try:
            yield
        except Exception as e:
            print("inside caught", type(e).__name__)

it = g()
next(it)
cases = [
    (1,),
    ("str",),
    (object(),),
    (ValueError("x"), 1),
    (ValueError("x"), "v"),
    (ValueError, 1, "x"),
    (ValueError, None, 5),
    (int,),
    (ValueError("ok"), None),
]
for args in cases:
    try:
        it.throw(*args)
        print("no error for", len(args), "args")
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.throw()
except TypeError as e:
    print(type(e).__name__, e)
