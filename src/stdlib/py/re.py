"""Support for regular expressions (coil implementation).

Pattern and Match objects, compilation (with its cache) and matching are native
(``_re``); this module adds the flags and the module-level functions.
"""

import _re
from _re import compile, escape, purge, error, Pattern, Match

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'


class RegexFlag(int):
    """Flags of regular expressions (CPython's enum.IntFlag, as far as it shows)."""
    __module__ = 're'

    # (value, name) in definition order, which is the order of names in reprs.
    _members = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'),
                (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
                (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]

    def _names(self):
        value = int(self)
        names = [name for bit, name in RegexFlag._members if value & bit]
        rest = value & ~511
        return names, rest

    def __repr__(self):
        names, rest = self._names()
        if not names:
            return 're.RegexFlag(%d)' % rest if rest else 're.NOFLAG'
        text = '|'.join('re.' + n for n in names)
        return text + ('|%#x' % rest if rest else '')

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec) if spec else repr(self)

    @property
    def name(self):
        names, rest = self._names()
        return '|'.join(names) if names and not rest else None

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


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object"""
    return compile(pattern, flags | T)


# coil dispatches the special methods of instances to Python functions only; these
# hand them on to the native implementations.

def _pattern_repr(self):
    return self._repr()


def _pattern_eq(self, other):
    return self._eq(other)


def _pattern_ne(self, other):
    result = self._eq(other)
    return result if result is NotImplemented else not result


def _pattern_hash(self):
    return self._hash()


def _match_repr(self):
    return self._repr()


def _match_getitem(self, group):
    return self.group(group)


Pattern.__repr__ = _pattern_repr
Pattern.__eq__ = _pattern_eq
Pattern.__ne__ = _pattern_ne
Pattern.__hash__ = _pattern_hash
Match.__repr__ = _match_repr
Match.__getitem__ = _match_getitem
