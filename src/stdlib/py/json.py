"""JSON (JavaScript Object Notation) encoder and decoder (coil implementation).

Output formatting and error messages follow CPython's json package.
"""

import sys as _sys

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')


################################################################################
# Errors
################################################################################

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
# Encoder
################################################################################

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
    __module__ = 'json.encoder'

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


_default_encoder = JSONEncoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators,
                       default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


################################################################################
# Decoder
################################################################################

class _StopScan(Exception):
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_WS = ' \t\n\r'
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns (decoded string, index after the closing quote)."""
    n = len(s)
    begin = end - 1
    chunks = []
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, nxt)
            nxt += 1
        else:
            c = ''
        if c != '"' and c != '\\':
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        if c == '"':
            end = nxt + 1
            break
        # backslash escape
        nxt += 1
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            try:
                chunks.append(_SIMPLE_ESCAPES[c])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 2) from None
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        code = 0
        while nxt < end:
            d = s[nxt]
            if d not in _HEX:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end - 5)
            code = (code << 4) | int(d, 16)
            nxt += 1
        if (0xd800 <= code <= 0xdbff and end + 6 < n
                and s[end] == '\\' and s[end + 1] == 'u'):
            nxt = end + 2
            end += 6
            code2 = 0
            while nxt < end:
                d = s[nxt]
                if d not in _HEX:
                    raise JSONDecodeError('Invalid \\uXXXX escape', s,
                                          end - 5)
                code2 = (code2 << 4) | int(d, 16)
                nxt += 1
            if 0xdc00 <= code2 <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (code2 - 0xdc00))
            else:
                end -= 6
        chunks.append(chr(code))
    return ''.join(chunks), end


class JSONDecoder(object):
    """Simple JSON decoder."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        if idx < 0:
            raise JSONDecodeError('Expecting value', s, idx)
        try:
            return self._scan(s, idx)
        except _StopScan as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None

    def _scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx)

    def _number(self, s, start):
        n = len(s)
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _StopScan(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise _StopScan(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def _object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed '
                                          'in double quotes', s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self._scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        idx += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def _array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self._scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


def _detect_encoding(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith(b'\xff\xfe\x00\x00') or b.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or '
                            'bytearray, not %s' % s.__class__.__name__)
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object
    containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# Allow ``import json.decoder`` / ``from json.encoder import ...`` style use.
_this = _sys.modules.get(__name__)
if _this is not None:
    _sys.modules.setdefault(__name__ + '.decoder', _this)
    _sys.modules.setdefault(__name__ + '.encoder', _this)
    _sys.modules.setdefault(__name__ + '.scanner', _this)
del _this
