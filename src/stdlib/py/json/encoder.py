"""Implementation of JSONEncoder (coil)."""

__all__ = ['JSONEncoder']

_INF = float('inf')

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_basestring(s):
    """Return a JSON representation of a Python string"""
    parts = ['"']
    start = 0
    i = 0
    n = len(s)
    esc = _ESCAPES
    while i < n:
        c = s[i]
        if c in esc:
            if start < i:
                parts.append(s[start:i])
            parts.append(esc[c])
            start = i + 1
        i += 1
    if start < n:
        parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


def _encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii():
        simple = True
        for c in s:
            if c in _ESCAPES or c == '\x7f':
                simple = False
                break
        if simple:
            return '"' + s + '"'
    parts = ['"']
    esc = _ESCAPES
    for c in s:
        if c in esc:
            parts.append(esc[c])
            continue
        n = ord(c)
        if 0x20 <= n <= 0x7e:
            parts.append(c)
        elif n < 0x10000:
            parts.append('\\u%04x' % n)
        else:
            n -= 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            parts.append('\\u%04x\\u%04x' % (s1, s2))
    parts.append('"')
    return ''.join(parts)


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % (o.__class__.__name__,))

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available (scalars come joined to the separator before them)."""
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        encode_str = (_encode_basestring_ascii if self.ensure_ascii
                      else _encode_basestring)
        allow_nan = self.allow_nan
        default = self.default
        key_sep = self.key_separator
        item_sep = self.item_separator
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INF:
                text = 'Infinity'
            elif o == -_INF:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON '
                                 'compliant')
            return text

        def scalar(o):
            """The text of a str, None, bool, int or float (else None)."""
            if isinstance(o, str):
                return encode_str(o)
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, int):
                return int.__repr__(o)
            if isinstance(o, float):
                return floatstr(o)
            return None

        def enter(o):
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o

        def leave(o):
            if markers is not None:
                del markers[id(o)]

        def enc_list(lst, level):
            if not lst:
                yield '[]'
                return
            enter(lst)
            buf = '['
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                separator = item_sep + newline_indent
                buf += newline_indent
            else:
                newline_indent = None
                separator = item_sep
            first = True
            for value in lst:
                if first:
                    first = False
                else:
                    buf = separator
                text = scalar(value)
                if text is not None:
                    yield buf + text
                else:
                    yield buf
                    yield from enc_value(value, level)
            if newline_indent is not None:
                level -= 1
                yield '\n' + indent * level
            yield ']'
            leave(lst)

        def dict_key(key):
            if isinstance(key, str):
                return key
            if isinstance(key, float):
                return floatstr(key)
            if key is True:
                return 'true'
            if key is False:
                return 'false'
            if key is None:
                return 'null'
            if isinstance(key, int):
                return int.__repr__(key)
            if skipkeys:
                return None
            raise TypeError('keys must be str, int, float, bool or None, '
                            'not %s' % key.__class__.__name__)

        def enc_dict(dct, level):
            if not dct:
                yield '{}'
                return
            enter(dct)
            yield '{'
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                item_separator = item_sep + newline_indent
                yield newline_indent
            else:
                newline_indent = None
                item_separator = item_sep
            first = True
            items = sorted(dct.items()) if sort_keys else dct.items()
            for key, value in items:
                key = dict_key(key)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    yield item_separator
                yield encode_str(key)
                yield key_sep
                text = scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from enc_value(value, level)
            if newline_indent is not None:
                level -= 1
                yield '\n' + indent * level
            yield '}'
            leave(dct)

        def enc_value(o, level):
            text = scalar(o)
            if text is not None:
                yield text
            elif isinstance(o, (list, tuple)):
                yield from enc_list(o, level)
            elif isinstance(o, dict):
                yield from enc_dict(o, level)
            else:
                enter(o)
                yield from enc_value(default(o), level)
                leave(o)

        return enc_value(o, 0)
