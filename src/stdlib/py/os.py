"""OS routines for coil (POSIX flavour), built on the native _os module."""

import sys
import _os
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
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

environ = _os.environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    meth = getattr(type(path), '__fspath__', None)
    if meth is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(path).__name__)
    result = meth(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(object):
    """Abstract base class for implementing the file system path
    protocol."""

    def __fspath__(self):
        raise NotImplementedError


def getcwd():
    """Return a unicode string representing the current working
    directory."""
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode()


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    if path is None:
        path = '.'
    p = fspath(path)
    if isinstance(p, bytes):
        return [n.encode() for n in _os.listdir(p.decode())]
    return list(_os.listdir(p))


def remove(path):
    """Remove a file (same as unlink())."""
    _os.remove(fspath(path))


unlink = remove


def rmdir(path):
    """Remove a directory."""
    _os.rmdir(fspath(path))


def mkdir(path, mode=0o777):
    """Create a directory."""
    _os.mkdir(fspath(path), mode)


def rename(src, dst):
    """Rename a file or directory."""
    _os.rename(fspath(src), fspath(dst))


replace = rename


class stat_result(object):
    """stat_result: Result from stat, fstat, or lstat."""

    def __init__(self, values):
        self.st_mode = values[0]
        self.st_size = values[1]
        self.st_mtime = values[2]
        self.st_atime = values[2]
        self.st_ctime = values[2]
        self.st_ino = 0
        self.st_dev = 0
        self.st_nlink = 1
        self.st_uid = 0
        self.st_gid = 0

    def __repr__(self):
        return ('os.stat_result(st_mode=%r, st_size=%r, st_mtime=%r)'
                % (self.st_mode, self.st_size, self.st_mtime))


def stat(path):
    """Perform a stat system call on the given path."""
    return stat_result(_os.stat(fspath(path)))


lstat = stat


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
    """Super-rmdir; remove a leaf directory and all empty intermediate
    ones."""
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


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getpid():
    """Return the current process id."""
    return _os.getpid()


def urandom(size):
    """Return a bytes object containing random bytes suitable for
    cryptographic use."""
    return _os.urandom(size)


def cpu_count():
    return getattr(_os, 'cpu_count', lambda: None)()


# Re-export any further primitives the native module provides
# (e.g. chdir, scandir, write, close, open).
for _name in dir(_os):
    if not _name.startswith('_') and _name not in globals():
        globals()[_name] = getattr(_os, _name)
del _name
