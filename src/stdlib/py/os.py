"""OS routines for coil (POSIX flavour), built on the native _os module."""

import sys
import _os
from _os import (
    fspath, getcwd, chdir, listdir, remove, unlink, rmdir, mkdir, rename,
    replace, symlink, readlink, access, open, close, read, write, lseek, getpid,
    cpu_count, strerror, urandom, putenv, unsetenv,
    O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC,
    O_NONBLOCK, O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY, F_OK, R_OK, W_OK, X_OK,
    SEEK_SET, SEEK_CUR, SEEK_END, TMP_MAX)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return fsencode(getcwd())


# -- environment ------------------------------------------------------------

class _Environ:
    """os.environ: a str-to-str mapping that updates the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value

    def __setitem__(self, key, value):
        putenv(self._check(key), self._check(value))
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(self._check(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % item for item in self._data.items())


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# -- stat -------------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                'st_size')
_STAT_HIDDEN = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns',
                'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks',
                'st_rdev')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence):
        seq = tuple(sequence)
        if not 10 <= len(seq) <= 19:
            if len(seq) < 10:
                raise TypeError('os.stat_result() takes an at least 10-sequence '
                                '(%d-sequence given)' % len(seq))
            raise TypeError('os.stat_result() takes an at most 19-sequence '
                            '(%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:10])
        for i, field in enumerate(_STAT_FIELDS):
            setattr(self, field, seq[i])
        for i, field in enumerate(_STAT_HIDDEN):
            if 10 + i < len(seq):
                value = seq[10 + i]
            elif i < 3:
                value = seq[7 + i]
            else:
                value = None
            setattr(self, field, value)
        return self

    def __repr__(self):
        names = _STAT_FIELDS + _STAT_HIDDEN[:3]
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_os.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following
    symbolic links."""
    return stat_result(_os.lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_os.fstat(fd))


# -- directory trees ---------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left
    empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listing produced by scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._mode_is(0o120000, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, dirpath):
        self._entries = iter([DirEntry(dirpath, n) for n in listdir(dirpath)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for given path."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            if entry.is_dir():
                dirs.append(entry.name)
                if not topdown and (followlinks or not entry.is_symlink()):
                    walk_dirs.append(entry.path)
            else:
                nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
