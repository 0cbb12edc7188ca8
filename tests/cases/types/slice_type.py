s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None, None, -1), slice(1, 2))
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(2, 1).indices(10), slice(0, 10, -2).indices(6))
print(list(range(10))[s], "abcdefghij"[s], (0, 1, 2, 3, 4)[slice(None, None, 2)])
print(list(range(*slice(1, 7, 3).indices(10))))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 5).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice("a", "b").start)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[:], sh[1:2, 3], sh[..., 1], sh[-1])
