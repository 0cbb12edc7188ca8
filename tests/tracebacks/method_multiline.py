class A:
    def m(self, *a):
        return 1 / 0
a = A()
r = (a
     .m(1,
        2))
