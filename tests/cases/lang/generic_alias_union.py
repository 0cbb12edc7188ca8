import collections
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set["x"])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str], list[int] != list[int])
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(type(list[int]), type(list[int]).__name__, type(list[int]).__module__)
print(list[int].append is list.append, list[int].__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([3]))
print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str], collections.defaultdict[str, int])
print(int | str, int | None, None | int, int | str | int, (int | str) == (str | int))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str))
print((int | str).__args__, int | list[int], hash(int | str) == hash(str | int))
print(type(int | str))
try:
    int | 5
except TypeError as e:
    print(e)
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
print(A | int)
try:
    int[0]
except TypeError as e:
    print(e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int])
