def g():
    yield 1

def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ok", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

gen = g()
attempt("next(list)", lambda: next([1, 2]))
attempt("next(int)", lambda: next(5))
attempt("next(genfunc)", lambda: next(g))
attempt("call generator", lambda: gen())
attempt("len(gen)", lambda: len(gen))
attempt("gen[0]", lambda: gen[0])
attempt("send()", lambda: gen.send())
attempt("send(1, 2)", lambda: gen.send(1, 2))
attempt("send(kw)", lambda: gen.send(value=1))
attempt("throw()", lambda: gen.throw())
attempt("throw(1,2,3,4)", lambda: gen.throw(ValueError, 1, None, 4))
attempt("close(1)", lambda: gen.close(1))
attempt("gen + 1", lambda: gen + 1)
attempt("reversed(gen)", lambda: reversed(gen))
attempt("gen in itself ok?", lambda: 1 in g())
attempt("hash stable", lambda: hash(gen) == hash(gen))
attempt("iter(gen) is gen", lambda: iter(gen) is gen)
attempt("bool(gen)", lambda: bool(g()))
attempt("gen == gen", lambda: (gen == gen, gen == g(), gen != g()))
attempt("gen < gen", lambda: gen < g())
attempt("next(gen, default)", lambda: (next(gen), next(gen, "dflt")))
attempt("type(gen)()", lambda: type(gen)())
ge = (x for x in [])
attempt("genexpr call", lambda: ge())
attempt("yield from int", lambda: list((lambda: (yield from 3))()))
attempt("gen.__next__ arity", lambda: g().__next__(1))
attempt("unknown attr", lambda: gen.gi_nonexistent)
