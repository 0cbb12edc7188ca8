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
        chunks = []
        self._encode_into(o, chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        chunks = []
        self._encode_into(o, chunks)
        return iter(chunks)

    # -- implementation ---------------------------------------------------
    def _encode_into(self, o, out):
        if self.check_circular:
            markers = {}
        else:
            markers = None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if self.ensure_ascii:
            encode_str = _encode_basestring_ascii
        else:
            encode_str = _encode_basestring
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

        def enc(o, level):
            if isinstance(o, str):
                out.append(encode_str(o))
            elif o is None:
                out.append('null')
            elif o is True:
                out.append('true')
            elif o is False:
                out.append('false')
            elif isinstance(o, int):
                out.append(int.__repr__(o))
            elif isinstance(o, float):
                out.append(floatstr(o))
            elif isinstance(o, (list, tuple)):
                enc_list(o, level)
            elif isinstance(o, dict):
                enc_dict(o, level)
            else:
                if markers is not None:
                    markerid = id(o)
                    if markerid in markers:
                        raise ValueError('Circular reference detected')
                    markers[markerid] = o
                o = default(o)
                enc(o, level)
                if markers is not None:
                    del markers[markerid]

        def enc_list(lst, level):
            if not lst:
                out.append('[]')
                return
            if markers is not None:
                markerid = id(lst)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = lst
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                separator = item_sep + newline_indent
                out.append('[' + newline_indent)
            else:
                newline_indent = None
                separator = item_sep
                out.append('[')
            first = True
            for value in lst:
                if first:
                    first = False
                else:
                    out.append(separator)
                enc(value, level)
            if newline_indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append(']')
            if markers is not None:
                del markers[markerid]

        def enc_dict(dct, level):
            if not dct:
                out.append('{}')
                return
            if markers is not None:
                markerid = id(dct)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = dct
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                item_separator = item_sep + newline_indent
                out.append('{' + newline_indent)
            else:
                newline_indent = None
                item_separator = item_sep
                out.append('{')
            first = True
            if sort_keys:
                items = sorted(dct.items())
            else:
                items = dct.items()
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = int.__repr__(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError('keys must be str, int, float, bool or '
                                    'None, not %s' % key.__class__.__name__)
                if first:
                    first = False
                else:
                    out.append(item_separator)
                out.append(encode_str(key))
                out.append(key_sep)
                enc(value, level)
            if newline_indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append('}')
            if markers is not None:
                del markers[markerid]

        enc(o, 0)

