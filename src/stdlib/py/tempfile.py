"""Temporary files and directories (coil implementation)."""

import _os
import os as _osmod

__all__ = ['NamedTemporaryFile', 'mkstemp', 'TemporaryFile', 'TemporaryDirectory',
           'mkdtemp', 'gettempdir', 'gettempprefix', 'TMP_MAX', 'tempdir',
           'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    data = _os.urandom(8)
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in data)


def _candidate_dirs():
    env = _osmod.environ
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = env.get(envname)
        if dirname:
            yield dirname
    for dirname in ('/tmp', '/var/tmp', '/usr/tmp'):
        yield dirname
    try:
        yield _osmod.getcwd()
    except OSError:
        yield _osmod.curdir


def _get_default_tempdir():
    for dirname in _candidate_dirs():
        if dirname != _osmod.curdir:
            dirname = _osmod.path.abspath(dirname)
        if _osmod.path.isdir(dirname):
            return dirname
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % list(_candidate_dirs()))


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    else:
        dir = _osmod.fspath(dir)
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create and return a unique temporary directory."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        file = _osmod.path.join(dir, prefix + name + suffix)
        try:
            _osmod.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _osmod.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def _create_unique_file(suffix, prefix, dir):
    for _ in range(TMP_MAX):
        name = _random_name()
        file = _osmod.path.join(dir, prefix + name + suffix)
        if _osmod.path.exists(file):
            continue
        try:
            f = open(file, 'xb')
        except FileExistsError:
            continue
        except ValueError:
            f = open(file, 'wb')
        f.close()
        return _osmod.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and return a unique temporary file as (fd, absolute name).

    Requires the native _os module to provide open(path, flags, mode)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = (getattr(_os, 'O_RDWR', 2) | getattr(_os, 'O_CREAT', 64) |
             getattr(_os, 'O_EXCL', 128))
    for _ in range(TMP_MAX):
        name = _random_name()
        file = _osmod.path.join(dir, prefix + name + suffix)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _osmod.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mktemp(suffix='', prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _random_name()
        file = _osmod.path.join(dir, prefix + name + suffix)
        if not _osmod.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper(object):
    """Temporary file wrapper: delegates to the real file object and
    removes the file on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _osmod.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def read(self, *args):
        return self.file.read(*args)

    def write(self, data):
        return self.file.write(data)

    def seek(self, *args):
        return self.file.seek(*args)

    def tell(self):
        return self.file.tell()

    def flush(self):
        return self.file.flush()

    def readline(self, *args):
        return self.file.readline(*args)

    def readlines(self, *args):
        return self.file.readlines(*args)

    def writelines(self, lines):
        return self.file.writelines(lines)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object name=%r>' % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    name = _create_unique_file(suffix, prefix, dir)
    kwargs = {}
    if buffering != -1:
        kwargs['buffering'] = buffering
    if encoding is not None:
        kwargs['encoding'] = encoding
    if newline is not None:
        kwargs['newline'] = newline
    if errors is not None:
        kwargs['errors'] = errors
    try:
        file = open(name, mode, **kwargs)
    except BaseException:
        try:
            _osmod.unlink(name)
        except OSError:
            pass
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file (removed when closed)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


def _rmtree(path, ignore_errors=False):
    try:
        for root, dirs, files in _osmod.walk(path, topdown=False):
            for name in files:
                _osmod.remove(_osmod.path.join(root, name))
            for name in dirs:
                _osmod.rmdir(_osmod.path.join(root, name))
        _osmod.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory(object):
    """Create and return a temporary directory.  On exit from the context
    manager the directory and everything contained in it are removed."""

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
        if _osmod.path.exists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)
