class C:
    def meth(self, x):
        return x.upper()
obj = C()
obj.meth(5)
