class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def f():
    with CM() as c, open("/nonexistent/file") as g:
        pass
f()
