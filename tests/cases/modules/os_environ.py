import os
print(os.environ.get("COIL_SURELY_UNSET_VAR"), os.environ.get("COIL_SURELY_UNSET_VAR", "fallback"))
print(os.getenv("COIL_SURELY_UNSET_VAR", "dflt"), os.getenv("COIL_SURELY_UNSET_VAR"))
os.environ["COIL_TEST_VAR"] = "value1"
print(os.environ["COIL_TEST_VAR"], os.getenv("COIL_TEST_VAR"), "COIL_TEST_VAR" in os.environ)
del os.environ["COIL_TEST_VAR"]
print("COIL_TEST_VAR" in os.environ)
try:
    os.environ["COIL_SURELY_UNSET_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(os.environ.get("PATH", "")).__name__, isinstance(os.getpid(), int))
print(os.name in ("posix", "nt"))
