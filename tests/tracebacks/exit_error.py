class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
with CM():
    x = 1
