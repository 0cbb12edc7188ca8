"""Support for regular expressions (coil implementation).

The matching engine is the native ``_re`` module; this module provides the
public API (Pattern, Match, substitution templates, split/findall rules).
"""

import sys as _sys
import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'

error = _re.error

_MAXREPEAT = 4294967295
_MAXSIZE = _sys.maxsize


################################################################################
# Flags
################################################################################

_FLAG_NAMES = [
    (1, 'TEMPLATE'),
    (2, 'IGNORECASE'),
    (4, 'LOCALE'),
    (8, 'MULTILINE'),
    (16, 'DOTALL'),
    (32, 'UNICODE'),
    (64, 'VERBOSE'),
    (128, 'DEBUG'),
    (256, 'ASCII'),
]


def _flags_repr(value):
    names = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append('re.' + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return names


class RegexFlag(int):
    """An enumeration of regular expression flags."""

    def __repr__(self):
        value = int(self)
        if value < 0:
            return 're.' + '~' + '|'.join(_flags_repr(~value) or ['0'])
        names = _flags_repr(value)
        if not names:
            return 're.NOFLAG'
        return '|'.join(names)

    __str__ = __repr__

    @property
    def name(self):
        names = [n[3:] for n in _flags_repr(int(self))]
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


def _error(msg, source, pos):
    if isinstance(source, bytes):
        newline = b'\n'
    else:
        newline = '\n'
    if source is not None and pos is not None:
        if newline in source:
            lineno = source.count(newline, 0, pos) + 1
            colno = pos - source.rfind(newline, 0, pos)
            msg = '%s (line %d, column %d)' % (msg, lineno, colno)
        else:
            msg = '%s at position %d' % (msg, pos)
    return error(msg)


################################################################################
# Group structure (used for Match.lastindex)
################################################################################

def _group_parents(pattern, flags):
    """Map capturing group number -> nearest enclosing capturing group."""
    verbose = flags & 64
    parents = {}
    stack = []
    gnum = 0
    i = 0
    n = len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == '\\':
            i += 2
            continue
        if in_class:
            if c == ']':
                in_class = False
            i += 1
            continue
        if c == '[':
            in_class = True
            i += 1
            if i < n and pattern[i] == '^':
                i += 1
            if i < n and pattern[i] == ']':
                i += 1
            continue
        if verbose and c == '#':
            while i < n and pattern[i] != '\n':
                i += 1
            continue
        if c == '(':
            if pattern.startswith('(?#', i):
                j = pattern.find(')', i)
                i = n if j < 0 else j + 1
                continue
            capturing = True
            if pattern.startswith('(?', i):
                capturing = pattern.startswith('(?P<', i)
            if capturing:
                gnum += 1
                enclosing = 0
                for g in reversed(stack):
                    if g:
                        enclosing = g
                        break
                parents[gnum] = enclosing
                stack.append(gnum)
            else:
                stack.append(0)
        elif c == ')':
            if stack:
                stack.pop()
        i += 1
    return parents


def _is_ancestor(parents, a, b):
    g = parents.get(b, 0)
    while g:
        if g == a:
            return True
        g = parents.get(g, 0)
    return False


################################################################################
# Templates
################################################################################

_ESCAPE_CHARS = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'


def _parse_template(source, pattern):
    """Return a list whose items are literal strings or group indices."""
    is_bytes = isinstance(source, bytes)
    if is_bytes:
        s = source.decode('latin-1')
    else:
        s = source
    groups = pattern.groups
    groupindex = pattern.groupindex
    items = []
    literal = []

    def flush():
        if literal:
            items.append(''.join(literal))
            del literal[:]

    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise _error('bad escape (end of pattern)', source, start)
        c = s[i]
        i += 1
        if c == 'g':
            if i >= n or s[i] != '<':
                raise _error('missing <', source, i)
            j = s.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise _error('missing group name', source, i + 1)
                raise _error('missing >, unterminated name', source, i + 1)
            name = s[i + 1:j]
            if not name:
                raise _error('missing group name', source, i + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index >= _MAXREPEAT:
                    raise _error('invalid group reference %d' % index,
                                 source, i + 1)
            elif name.isidentifier():
                if is_bytes and not name.isascii():
                    raise _error('bad character in group name %r' % name,
                                 source, i + 1)
                if name not in groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = groupindex[name]
            else:
                raise _error('bad character in group name %r' % name,
                             source, i + 1)
            if index > groups:
                raise _error('invalid group reference %d' % index,
                             source, i + 1)
            i = j + 1
            flush()
            items.append(index)
        elif c == '0':
            value = 0
            digits = 0
            while digits < 2 and i < n and s[i] in _OCTDIGITS:
                value = value * 8 + int(s[i])
                i += 1
                digits += 1
            literal.append(chr(value))
        elif c in _DIGITS:
            if (i < n and s[i] in _DIGITS):
                if (c in _OCTDIGITS and s[i] in _OCTDIGITS and i + 1 < n
                        and s[i + 1] in _OCTDIGITS):
                    value = int(s[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise _error('octal escape value \\%s outside of '
                                     'range 0-0o377' % s[i - 1:i + 2],
                                     source, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                index = int(s[i - 1:i + 1])
                i += 1
            else:
                index = int(c)
            if index > groups:
                raise _error('invalid group reference %d' % index,
                             source, start + 1)
            flush()
            items.append(index)
        elif c in _ESCAPE_CHARS:
            literal.append(_ESCAPE_CHARS[c])
        elif c in _ASCII_LETTERS:
            raise _error('bad escape \\%s' % c, source, start)
        else:
            literal.append('\\')
            literal.append(c)
    flush()
    if is_bytes:
        items = [it.encode('latin-1') if isinstance(it, str) else it
                 for it in items]
    return items


def _expand_items(items, match):
    empty = match.string[0:0]
    parts = []
    for it in items:
        if isinstance(it, int):
            g = match.group(it)
            if g is not None:
                parts.append(g)
        else:
            parts.append(it)
    return empty.join(parts)


################################################################################
# Match
################################################################################

class Match(object):
    """The result of re.match() and re.search()."""
    __module__ = 're'

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        self._lastindex = _NOTSET

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group < len(self._spans):
                return int(group)
            raise IndexError('no such group')
        if isinstance(group, (str, bytes)):
            try:
                return self.re.groupindex[group]
            except (KeyError, TypeError):
                raise IndexError('no such group') from None
        meth = getattr(type(group), '__index__', None)
        if meth is not None:
            group = meth(group)
            if 0 <= group < len(self._spans):
                return group
        raise IndexError('no such group')

    def _get(self, index, default=None):
        span = self._spans[index]
        if span is None:
            return default
        return self.string[span[0]:span[1]]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default)
                     for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the
        match, keyed by the subgroup name."""
        return {name: self._get(index, default)
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else (span[0], span[1])

    @property
    def regs(self):
        return tuple((-1, -1) if s is None else (s[0], s[1])
                     for s in self._spans)

    @property
    def lastindex(self):
        if self._lastindex is _NOTSET:
            self._lastindex = self._compute_lastindex()
        return self._lastindex

    def _compute_lastindex(self):
        best = None
        best_end = -1
        parents = None
        spans = self._spans
        for g in range(1, len(spans)):
            span = spans[g]
            if span is None:
                continue
            end = span[1]
            if best is None or end > best_end:
                best = g
                best_end = end
            elif end == best_end:
                if parents is None:
                    parents = self.re._parents()
                if not _is_ancestor(parents, best, g):
                    best = g
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the
        string template, as done by the sub() method."""
        return _expand_items(self.re._template(template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (
            self.span(), repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_NOTSET = object()


class callable_iterator(object):
    """Iterator over successive matches (type name matches CPython)."""
    __module__ = 'builtins'

    def __init__(self, gen):
        self._gen = gen

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


################################################################################
# Pattern
################################################################################

def _type_name(obj):
    return type(obj).__name__


class Pattern(object):
    """Compiled regular expression object."""
    __module__ = 're'

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._is_bytes = isinstance(pattern, bytes)
        if self._is_bytes:
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes '
                                 'pattern')
            if flags & 4 and flags & 256:
                raise ValueError('ASCII and LOCALE flags are incompatible')
            source = pattern.decode('latin-1')
            self._handle = _re.compile(source, (flags | 256) & ~4)
            out_flags = (int(self._handle.flags) & ~(256 | 32)) | \
                (flags & 256)
        else:
            if flags & 4:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & 256 and flags & 32:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            self._handle = _re.compile(pattern, flags)
            out_flags = int(self._handle.flags)
            if not out_flags & 256:
                out_flags |= 32
        self.flags = out_flags
        self.groups = self._handle.groups
        self.groupindex = dict(self._handle.groupindex)
        self._parent_map = None
        self._templates = {}

    def _parents(self):
        if self._parent_map is None:
            src = self.pattern
            if self._is_bytes:
                src = src.decode('latin-1')
            self._parent_map = _group_parents(src, self.flags)
        return self._parent_map

    def _template(self, template):
        try:
            return self._templates[template]
        except KeyError:
            pass
        except TypeError:
            return _parse_template(template, self)
        items = _parse_template(template, self)
        if len(self._templates) > 100:
            self._templates.clear()
        self._templates[template] = items
        return items

    def _subject(self, string):
        """Validate the subject and return the str handed to the engine."""
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like '
                                'object')
            if isinstance(string, (bytes, bytearray)):
                return bytes(string).decode('latin-1')
            if isinstance(string, memoryview):
                return string.tobytes().decode('latin-1')
            raise TypeError("expected string or bytes-like object, got %r"
                            % _type_name(string))
        if isinstance(string, str):
            return str(string) if type(string) is not str else string
        if isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        raise TypeError("expected string or bytes-like object, got %r"
                        % _type_name(string))

    @staticmethod
    def _bounds(n, pos, endpos):
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _run(self, method, string, pos, endpos):
        subject = self._subject(string)
        pos, endpos = self._bounds(len(subject), pos, endpos)
        if endpos < pos:
            return None
        spans = getattr(self._handle, method)(subject, pos, endpos)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a
        corresponding match object instance."""
        return self._run('search', string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._run('match', string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._run('fullmatch', string, pos, endpos)

    def _iter_spans(self, subject, pos, endpos):
        pos, endpos = self._bounds(len(subject), pos, endpos)
        search = self._handle.search
        must_advance = False
        while pos <= endpos:
            spans = search(subject, pos, endpos)
            if spans is None:
                return
            s, e = spans[0]
            if must_advance and s == pos and e == pos:
                if pos >= endpos:
                    return
                spans = search(subject, pos + 1, endpos)
                if spans is None:
                    return
                s, e = spans[0]
            yield spans
            must_advance = s == e
            pos = e

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string."""
        subject = self._subject(string)
        pos, endpos = self._bounds(len(subject), pos, endpos)
        return callable_iterator(self._finditer(string, subject, pos, endpos))

    def _finditer(self, string, subject, pos, endpos):
        for spans in self._iter_spans(subject, pos, endpos):
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in
        string."""
        subject = self._subject(string)
        if self._is_bytes:
            string = bytes(string)
        result = []
        ngroups = self.groups
        empty = string[0:0]
        for spans in self._iter_spans(subject, pos, endpos):
            if ngroups == 0:
                s, e = spans[0]
                result.append(string[s:e])
            elif ngroups == 1:
                span = spans[1]
                result.append(empty if span is None
                              else string[span[0]:span[1]])
            else:
                result.append(tuple(
                    empty if span is None else string[span[0]:span[1]]
                    for span in spans[1:]))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        subject = self._subject(string)
        if self._is_bytes:
            string = bytes(string)
        result = []
        last = 0
        n = 0
        for spans in self._iter_spans(subject, 0, _MAXSIZE):
            if maxsplit > 0 and n >= maxsplit:
                break
            s, e = spans[0]
            result.append(string[last:s])
            for span in spans[1:]:
                result.append(None if span is None
                              else string[span[0]:span[1]])
            last = e
            n += 1
        result.append(string[last:])
        return result

    def _subx(self, repl, string, count):
        subject = self._subject(string)
        if self._is_bytes:
            string = bytes(string)
        if callable(repl):
            items = None
            func = repl
        else:
            if self._is_bytes:
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, %s found"
                                    % _type_name(repl))
                repl = bytes(repl)
            elif not isinstance(repl, str):
                raise TypeError("expected str instance, %s found"
                                % _type_name(repl))
            backslash = b'\\' if self._is_bytes else '\\'
            if backslash in repl:
                items = self._template(repl)
                func = None
            else:
                items = [repl]
                func = None
        parts = []
        last = 0
        n = 0
        for spans in self._iter_spans(subject, 0, _MAXSIZE):
            if count > 0 and n >= count:
                break
            s, e = spans[0]
            parts.append(string[last:s])
            if func is not None:
                piece = func(Match(self, string, spans, 0, len(subject)))
                if piece is not None:
                    parts.append(piece)
            elif len(items) == 1 and not isinstance(items[0], int):
                parts.append(items[0])
            else:
                m = Match(self, string, spans, 0, len(subject))
                parts.append(_expand_items(items, m))
            last = e
            n += 1
        parts.append(string[last:])
        return string[0:0].join(parts), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost
        non-overlapping occurrences of pattern in string by the
        replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by
        replacing the leftmost non-overlapping occurrences of pattern with
        the replacement repl."""
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %s)' % (text,
                                           '|'.join(_flags_repr(flags)))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern
                    and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


################################################################################
# Module-level API
################################################################################

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled '
                             'pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches"""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object"""
    return _compile(pattern, flags | 1)


_special_chars = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _special_chars[ord(_c)] = '\\' + _c
del _c


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')
