def outer():
    def inner():
        yield 1
    return inner()

class K:
    def method(self):
        yield 1
    @staticmethod
    def smeth():
        yield 2
    @classmethod
    def cmeth(cls):
        yield 3
    class Nested:
        def deep(self):
            def deeper():
                yield 4
            return deeper()

def make_lambda_gen():
    return (lambda: (yield 5))()

for g in [outer(), K().method(), K.smeth(), K.cmeth(), K.Nested().deep(), make_lambda_gen(), (x for x in [])]:
    print(g.__name__, "|", g.__qualname__, "|", g.gi_code.co_name)
