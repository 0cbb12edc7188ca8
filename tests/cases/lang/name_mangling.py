class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "visible"
    def balance(self):
        return self.__balance
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()

a = Account(100)
print(a.balance(), a._protected, a.call_private())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, a._Account__private_method())
print(sorted(vars(a)))

class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
s = Sub()
print(s.both(), sorted(vars(s)))

class Dunder:
    def __special__(self):
        return "dunder names are not mangled"
print(Dunder().__special__())
class _Leading:
    def m(self):
        self.__x = 1
        return list(vars(self))
print(_Leading().m())
class __Under:
    def m(self):
        self.__y = 2
        return list(vars(self))
print(__Under().m())
