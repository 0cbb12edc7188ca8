"""Temporary files and directories (coil implementation).

Names are made of eight random characters between a prefix and a suffix;
files are created with O_EXCL so an existing name is never reused.
"""

import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix',
           'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = _os.TMP_MAX
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_BIN_OPENFLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW


def _random_name():
    """Eight characters drawn uniformly from _CHARACTERS."""
    n = len(_CHARACTERS)
    limit = 256 - 256 % n
    out = []
    while len(out) < 8:
        for b in _os.urandom(8):
            if b < limit and len(out) < 8:
                out.append(_CHARACTERS[b % n])
    return ''.join(out)


def _candidate_dirs():
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            yield dirname
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _usable(dirname):
    """Whether a file can be created (and removed) in dirname."""
    for _ in range(100):
        filename = _os.path.join(dirname, _random_name())
        try:
            fd = _os.open(filename, _BIN_OPENFLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
            _os.unlink(filename)
        return True
    return False


def _get_default_tempdir():
    dirlist = list(_candidate_dirs())
    for dirname in dirlist:
        if dirname != _os.curdir:
            dirname = _os.path.abspath(dirname)
        if _usable(dirname):
            return dirname
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % dirlist)


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
    return _os.fsencode(template)


def _sanitize_params(prefix, suffix, dir):
    """Common parameter processing for most APIs in this module."""
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _unique_names(dir, prefix, suffix):
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)


def _mkstemp_inner(dir, pre, suf):
    for file in _unique_names(dir, pre, suf):
        try:
            fd = _os.open(file, _BIN_OPENFLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and return a unique temporary file: (fd, absolute path).

    The file is readable and writable only by the creating user."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create and return a unique temporary directory (absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for file in _unique_names(dir, prefix, suffix):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """Return a name that did not exist when checked (unsafe: the file is
    not created)."""
    if dir is None:
        dir = gettempdir()
    for file in _unique_names(dir, prefix, suffix):
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object plus the name of its file, which is removed when the
    file is closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line


def _open_fd(fd, name, mode, buffering, encoding, newline, errors):
    try:
        return open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        if name is not None:
            _os.unlink(name)
        _os.close(fd)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a visible name (its .name);
    it is deleted on close when delete is true."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix)
    file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file without a name: it is unlinked
    at once and disappears when closed."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix)
    try:
        _os.unlink(name)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, None, mode, buffering, encoding, newline, errors)


def _rmtree(path, ignore_errors):
    try:
        for root, dirs, files in _os.walk(path, topdown=False):
            for name in files:
                _os.unlink(_os.path.join(root, name))
            for name in dirs:
                full = _os.path.join(root, name)
                if _os.path.islink(full):
                    _os.unlink(full)
                else:
                    _os.rmdir(full)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """Create and return a temporary directory.  On exit from the context
    manager (or on cleanup()) the directory and its contents are removed."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._cleaned:
            return
        self._cleaned = True
        if _os.path.lexists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)
