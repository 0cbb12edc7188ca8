"""Functional tools for creating and using iterators (coil implementation).

Every iterator type is a class so that type names and reprs match CPython.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_NULL = object()
_MAXSIZE = _sys.maxsize


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__')
            or hasattr(t, '__int__') or hasattr(t, '__complex__'))


def _as_ssize(x):
    # Mimics PyNumber_AsSsize_t: returns None on failure.
    if isinstance(x, int):
        v = int(x)
    else:
        meth = getattr(type(x), '__index__', None)
        if meth is None:
            return None
        try:
            v = meth(x)
        except Exception:
            return None
        if not isinstance(v, int):
            return None
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


def _check_r(r):
    if not isinstance(r, int):
        meth = getattr(type(r), '__index__', None)
        if meth is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(r).__name__)
        r = meth(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class count:
    """Return a count object whose .__next__() method returns consecutive
    values."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('count() takes at most 2 arguments (%d given)'
                            % len(args))
        start = 0
        step = 1
        names = ('start', 'step')
        for key in kwargs:
            if key not in names:
                raise TypeError('%r is an invalid keyword argument for '
                                'count()' % key)
        if len(args) >= 1:
            start = args[0]
            if 'start' in kwargs:
                raise TypeError("argument for count() given by name ('start') "
                                "and position (1)")
        elif 'start' in kwargs:
            start = kwargs['start']
        if len(args) == 2:
            step = args[1]
            if 'step' in kwargs:
                raise TypeError("argument for count() given by name ('step') "
                                "and position (2)")
        elif 'step' in kwargs:
            step = kwargs['step']
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        step = self._step
        name = type(self).__name__
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_NULL):
        self._element = object
        if times is _NULL:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                meth = getattr(type(times), '__index__', None)
                if meth is None:
                    raise TypeError("'%s' object cannot be interpreted as an "
                                    "integer" % type(times).__name__)
                times = meth(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._element)
        return '%s(%r, %d)' % (name, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        total = self._total
        if total is _NULL:
            total = val
        elif self._func is None:
            total = total + val
        else:
            total = self._func(total, val)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            for item in self._active:
                return item
            self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        return cls


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._start:
            return next(it)
        while True:
            item = next(it)
            if not self._pred(item):
                self._start = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        while True:
            item = next(it)
            if func is None or func is bool:
                ok = item
            else:
                ok = func(item)
            if not ok:
                return item


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        numargs = len(args)
        if numargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % numargs)
        if numargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % numargs)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        if numargs == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _as_ssize(a1)
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        else:
            a1 = args[1]
            a2 = args[2]
            if a1 is not None:
                start = _as_ssize(a1)
                if start is None:
                    start = -1
            if a2 is not None:
                stop = _as_ssize(a2)
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if numargs == 4:
            a3 = args[3]
            if a3 is not None:
                step = _as_ssize(a3)
                if step is None:
                    step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            for item in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        for item in it:
            break
        else:
            self._it = None
            raise StopIteration
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input
    iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _NULL:
            for old in it:
                self._old = old
                break
            else:
                self._it = None
                raise StopIteration
        for new in it:
            break
        else:
            self._it = None
            self._old = _NULL
            raise StopIteration
        result = (self._old, new)
        self._old = new
        return result


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, **kwargs):
        fillvalue = None
        for key in kwargs:
            if key != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword '
                                'argument')
            fillvalue = kwargs[key]
        self._its = [iter(a) for a in args]
        self._numactive = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._numactive == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                item = self._fill
            else:
                for item in it:
                    break
                else:
                    self._numactive -= 1
                    if self._numactive == 0:
                        raise StopIteration
                    its[i] = None
                    item = self._fill
            result.append(item)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested
    for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            meth = getattr(type(repeat), '__index__', None)
            if meth is None:
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(repeat).__name__)
            repeat = meth(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(it) for it in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            return tuple(pool[0] for pool in pools)
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        return tuple(pools[k][indices[k]] for k in range(len(pools)))


class combinations:
    """Return successive r-length combinations of elements in the
    iterable."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = None
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[i] for i in self._indices)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = None
        self._stopped = (not pool) and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return tuple(pool[0] for _ in range(r))
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple(pool[k] for k in indices)


class permutations:
    """Return successive r-length permutations of elements in the
    iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = None
        self._cycles = None
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        n = len(pool)
        r = self._r
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[i] for i in self._indices[:r])
        indices = self._indices
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
            i -= 1
        self._stopped = True
        raise StopIteration


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        a = self._tgtkey
        b = gbo._currkey
        if not (a is b or a == b):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        return r


_grouper.__module__ = 'itertools'


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                a = self._tgtkey
                b = self._currkey
                if not (a is b or a == b):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)


class _TeeLink:
    def __init__(self, value):
        self.value = value
        self.next = None


class _TeeSource:
    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._src = it._src
            self._link = it._link
        else:
            self._src = _TeeSource(it)
            self._link = _TeeLink(None)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            src = self._src
            if src.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            src.running = True
            try:
                value = next(src.it)
            finally:
                src.running = False
            nxt = link.next
            if nxt is None:
                nxt = _TeeLink(value)
                link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._src = self._src
        new._link = self._link
        return new


_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        meth = getattr(type(n), '__index__', None)
        if meth is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        n = meth(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        copyable = it
    else:
        copyable = _tee(it)
    result = [copyable]
    for _ in range(1, n):
        copyable = copyable.__copy__()
        result.append(copyable)
    return tuple(result)
