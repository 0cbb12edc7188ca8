print(tuple.__getitem__((1, 2, 3), 1), list.__len__([1, 2]), str.__contains__("abc", "b"))
print(list(str.__iter__("ab")), range.__getitem__(range(10), 3), set.__len__({1, 2}))
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
    def __contains__(self, x):
        return super().__contains__(x) or x == "magic"
l = L([5, 6])
print(l[0], len(l), "magic" in l, 6 in l, 7 in l, list(l), bool(l))
class T(tuple):
    def __iter__(self):
        yield from (x * 2 for x in super().__iter__())
print(list(T((1, 2))), T((1, 2))[1])
lst = [1, 2, 3]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
print(lst)
import operator
print(operator.concat("ab", "c"), operator.concat([1], [2]))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
print(hasattr("", "__getitem__"), hasattr([], "__setitem__"), hasattr((), "__setitem__"))
