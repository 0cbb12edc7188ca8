g = lambda a, *, b: a[b]
def call(**kw):
    return g([1], **kw)
call(b=3)
