"""Dates, times and durations (coil's datetime: naive values only; tzinfo and
timezone arithmetic are not supported)."""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "MINYEAR", "MAXYEAR")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _dim
del _n, _dim


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """Proleptic Gregorian ordinal (1 = 0001-01-01) to (year, month, day)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date_fields(year, month, day):
    _check_int('year', year)
    _check_int('month', month)
    _check_int('day', day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond):
    for name, value, hi in (('hour', hour, 23), ('minute', minute, 59),
                            ('second', second, 59), ('microsecond', microsecond, 999999)):
        _check_int(name, value)
        if not 0 <= value <= hi:
            raise ValueError(f'{name} must be in 0..{hi}')


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _strftime(fmt, year, month, day, hh, mm, ss, us):
    # %f is datetime's own; the rest is time.strftime's.
    fmt = fmt.replace('%%', '\0').replace('%f', f'{us:06d}').replace('\0', '%%')
    wday = (_ymd2ord(year, month, day) + 6) % 7
    yday = _days_before_month(year, month) + day
    return _time.strftime(fmt, (year, month, day, hh, mm, ss, wday, yday, -1))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total_us = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                    * 1000000 + milliseconds * 1000 + microseconds)
        if isinstance(total_us, float):
            total_us = round(total_us)
        self = object.__new__(cls)
        d, rest = divmod(total_us, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"datetime.timedelta({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f'{self._days} day{plural}, ' + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return timedelta(microseconds=self._us() * other)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=self._us() / other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) != 10 or s[4] != '-' or s[7] != '-':
                raise ValueError
            return cls(int(s[:4]), int(s[5:7]), int(s[8:10]))
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {s!r}') from None

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def __repr__(self):
        return f'datetime.date({self._year}, {self._month}, {self._day})'

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def ctime(self):
        return self.strftime('%a %b ') + f'{self._day:2d}' + self.strftime(' %H:%M:%S %Y')

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAX_ORDINAL = _ymd2ord(MAXYEAR, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day (naive)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if tzinfo is not None:
            raise NotImplementedError('coil datetime: tzinfo is not supported')
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute = hour, minute
        self._second, self._microsecond = second, microsecond
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)

    __str__ = isoformat

    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        return f"datetime.time({', '.join(map(str, fields))})"

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())


class datetime(date):
    """A date with a time of day (naive)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None):
        if tzinfo is not None:
            raise NotImplementedError('coil datetime: tzinfo is not supported')
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute = hour, minute
        self._second, self._microsecond = second, microsecond
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None:
            raise NotImplementedError('coil datetime: tzinfo is not supported')
        frac, whole = _split_seconds(t)
        y, m, d, hh, mm, ss = _time.localtime(whole)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), frac)

    @classmethod
    def utcfromtimestamp(cls, t):
        frac, whole = _split_seconds(t)
        y, m, d, hh, mm, ss = _time.gmtime(whole)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), frac)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time):
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    def timestamp(self):
        return _time.mktime(self.timetuple()) + self._microsecond / 1e6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    def isoformat(self, sep='T', timespec='auto'):
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
                _format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        return f"datetime.datetime({', '.join(map(str, fields))})"

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None):
        def pick(new, old):
            return old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month),
                          pick(day, self._day), pick(hour, self._hour),
                          pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _us(self):
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + secs) * 1000000 + self._microsecond

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._key() < other._key()
        return _cannot_compare(self, other, '<')

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._key() <= other._key()
        return _cannot_compare(self, other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._key() > other._key()
        return _cannot_compare(self, other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._key() >= other._key()
        return _cannot_compare(self, other, '>=')

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, us = divmod(us, 86400 * 1000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, micro = divmod(us, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(*_ord2ymd(days), hh, mm, ss, micro)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented


def _cannot_compare(a, b, op):
    if isinstance(b, date):
        raise TypeError(f"can't compare {type(a).__name__} to {type(b).__name__}")
    return NotImplemented


def _split_seconds(t):
    """A timestamp as (microseconds, whole seconds), rounded half to even."""
    us = round(t * 1000000)
    whole, frac = divmod(us, 1000000)
    return frac, whole


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
