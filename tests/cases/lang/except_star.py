import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))

def plain():
    try:
        raise ValueError('plain')
    except* ValueError as e:
        print('caught', repr(e), type(e).__name__, repr(e.exceptions[0]))
run(plain)

def partial():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('v', repr(e))
    except* OSError:
        print('never')
run(partial)

def raise_new():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        raise KeyError('new')
run(raise_new)

def context_of_new():
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1)])
        except* ValueError:
            raise KeyError('new')
    except KeyError as k:
        print('context', repr(k.__context__))
run(context_of_new)

def two_raise():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('a')
    except* TypeError:
        raise IndexError('b')
run(two_raise)

def reraise_bare():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(reraise_bare)

def tuple_types():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print('tuple', repr(e))
run(tuple_types)

def nested_groups():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print('nested v', repr(e))
    except* TypeError as e:
        print('nested t', repr(e))
run(nested_groups)

def bad_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
run(bad_type)

def else_finally():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else ran')
    finally:
        print('finally ran')
run(else_finally)

def exc_info_in_handler():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        print('exc_info', repr(sys.exc_info()[1]))
    print('after', sys.exc_info())
run(exc_info_in_handler)

def loop_inside():
    try:
        raise ValueError(1)
    except* ValueError:
        for i in range(3):
            if i == 1:
                continue
            if i == 2:
                break
            print('loop', i)
run(loop_inside)

for src in ["try:\n pass\nexcept* ValueError:\n return", "for x in y:\n try:\n  pass\n except* ValueError:\n  break",
            "for x in y:\n try:\n  pass\n except* ValueError:\n  continue"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

def gen():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        x = yield 'in handler'
        print('sent', x)
    yield 'done'
g = gen()
print(next(g), g.send(5))
