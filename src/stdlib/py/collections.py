"""Container datatypes (coil implementation)."""

import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_repr_running = set()


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    return hasattr(obj, 'keys') and hasattr(obj, '__getitem__')


def _index_of(i):
    if isinstance(i, int):
        return i
    try:
        meth = type(i).__index__
    except AttributeError:
        raise TypeError('sequence index must be integer, not %r'
                        % type(i).__name__) from None
    return meth(i)


################################################################################
# deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # Sequence flag (as collections.abc sets it): deques match sequence patterns.
    __abc_tpflags__ = 1 << 5

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    # -- internal helpers -------------------------------------------------
    def _compact(self):
        if self._head:
            del self._data[:self._head]
            self._head = 0
        return self._data

    def _items(self):
        if self._head:
            return self._data[self._head:]
        return self._data[:]

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    # -- adding / removing ------------------------------------------------
    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None:
            if m == 0:
                return
            if len(self._data) - self._head >= m:
                self._popleft()
        self._data.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None:
            if m == 0:
                return
            if len(self._data) - self._head >= m:
                self._pop()
        if self._head == 0:
            grow = len(self._data) + 8
            self._data[0:0] = [None] * grow
            self._head = grow
        self._head -= 1
        self._data[self._head] = x

    def _pop(self):
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def _popleft(self):
        h = self._head
        d = self._data
        x = d[h]
        d[h] = None
        h += 1
        if h == len(d):
            self._data = []
            self._head = 0
        elif h > 64 and h * 2 > len(d):
            del d[:h]
            self._head = 0
        else:
            self._head = h
        return x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._data) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._data) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self._items(), self._maxlen) \
            if type(self) is not deque else deque(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value."""
        items = self._items()
        n = len(items)
        start = _index_of(start)
        stop = _index_of(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        i = start
        while i < stop:
            x = items[i]
            if x is value or x == value:
                return i
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._compact().insert(index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            x = items[i]
            if x is value or x == value:
                self._state += 1
                del self._compact()[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._compact().reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _index_of(n)
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        self._state += 1
        d = self._compact()
        self._data = d[-n:] + d[:-n]

    # -- sequence protocol ------------------------------------------------
    def _norm(self, i):
        i = _index_of(i)
        n = len(self._data) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i + self._head

    def __getitem__(self, i):
        return self._data[self._norm(i)]

    def __setitem__(self, i, value):
        self._data[self._norm(i)] = value

    def __delitem__(self, i):
        j = self._norm(i) - self._head
        self._state += 1
        del self._compact()[j]

    def __contains__(self, value):
        for x in self._items():
            if x is value or x == value:
                return True
        return False

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            j = self._head + i
            if j >= len(self._data):
                return
            yield self._data[j]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._data[self._head + i]
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is not None:
            return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)
        return '%s(%s)' % (name, body)

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % (
            'collections.deque' if type(self) is deque
            else type(self).__name__))

    # -- comparisons ------------------------------------------------------
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    # -- arithmetic -------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index_of(n)
        if n <= 0:
            self.clear()
            return self
        items = self._items()
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        return self.__class__, (self._items(), self._maxlen)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if factory is None:
                frepr = 'None'
            else:
                frepr = repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, body)

    def copy(self):
        return type(self)(self.default_factory, self)

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % (
            'collections.defaultdict' if type(self) is defaultdict
            else type(self).__name__))

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None,
                iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            key = list(dict.keys(self))[-1]
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            value = dict.__getitem__(self, key)
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                if not dict.__contains__(self, k):
                    dict.__setitem__(self, k, v)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, *args):
        return dict.pop(self, key, *args)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        if not self:
            return '%s()' % (self.__class__.__name__,)
        _repr_running.add(key)
        try:
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % (
            'collections.OrderedDict' if type(self) is OrderedDict
            else type(self).__name__))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _join_names(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


class _tuplegetter:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _make_getter(index, doc):
    return _tuplegetter(index, doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _kwlist
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names)
                                              - len(defaults):], defaults))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_qualname = '%s.__new__' % typename
    num_required = num_fields - len(field_defaults)

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > num_fields:
            if num_required == num_fields:
                expect = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            else:
                expect = 'from %d to %d positional arguments' % (
                    num_required + 1, num_fields + 1)
            raise TypeError('%s() takes %s but %d %s given' % (
                new_qualname, expect, nargs + 1,
                'was' if nargs + 1 == 1 else 'were'))
        values = list(args)
        if kwargs:
            for key in kwargs:
                if key not in field_names:
                    raise TypeError('%s() got an unexpected keyword argument '
                                    '%r' % (new_qualname, key))
                if field_names.index(key) < nargs:
                    raise TypeError('%s() got multiple values for argument '
                                    '%r' % (new_qualname, key))
        if nargs < num_fields:
            missing = []
            for i in range(nargs, num_fields):
                name = field_names[i]
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            if missing:
                raise TypeError('%s() missing %d required positional '
                                'argument%s: %s' % (
                                    new_qualname, len(missing),
                                    '' if len(missing) == 1 else 's',
                                    _join_names(missing)))
        return tuple.__new__(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if field_defaults:
        __new__.__defaults__ = None

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__func__doc = None

    def _replace(self, /, **kwds):
        values = []
        for name, old in zip(field_names, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(old)
        result = self._make(values)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(
            '%s=%r' % (name, value)
            for name, value in zip(field_names, self)))

    __repr__.__doc__ = 'Return a nicely formatted representation string'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _make_getter(index,
                                       'Alias for field number %d' % index)

    result = type(typename, (tuple,), namespace)
    if module is None:
        module = '__main__'
    result.__module__ = module
    return result


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least."""
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _CounterElements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # comparisons (multiset semantics, missing == 0)
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class _CounterElements:
    def __init__(self, items):
        self._items = items
        self._gen = self._run()

    def _run(self):
        for elem, count in self._items:
            if isinstance(count, int) and count > 0:
                for _ in range(count):
                    yield elem

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


_CounterElements.__name__ = 'chain'
_CounterElements.__qualname__ = 'chain'
_CounterElements.__module__ = 'itertools'


################################################################################
# ChainMap
################################################################################

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    __hash__ = None


################################################################################
# UserDict / UserList / UserString (minimal)
################################################################################

class UserDict:
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    __hash__ = None

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new


class UserList:
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, item):
        return item in self.data

    def __eq__(self, other):
        if isinstance(other, UserList):
            other = other.data
        return self.data == other

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)

    def copy(self):
        return self.__class__(self)


class UserString:
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __eq__(self, other):
        if isinstance(other, UserString):
            return self.data == other.data
        return self.data == other

    def __hash__(self):
        return hash(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + str(other))

    def __getattr__(self, name):
        attr = getattr(self.data, name)
        return attr
