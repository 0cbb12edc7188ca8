class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

class Old:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "x doc")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
print(Old.x.fget is Old.getx, Old.x.fdel)
