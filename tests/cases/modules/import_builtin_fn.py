m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["x"]).__name__, __import__("json.decoder", None, None, ["JSONDecoder"]).__name__)
for args in [(5,), ("",), ("x", None, None, (), 1), ("x", None, None, (), -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
import builtins
print(builtins.__name__, builtins.__import__ is __import__)
