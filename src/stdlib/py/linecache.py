"""Cache lines from Python source files (coil implementation)."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache']

# filename -> (size, mtime, lines)
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, or '' if it
    cannot be read."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading the
    file if it is not there yet."""
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Discard cache entries whose files changed on disk."""
    import os
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.pop(name, None)
        if entry is None:
            continue
        try:
            st = os.stat(name)
        except (OSError, ValueError):
            continue
        if (st.st_size, st.st_mtime) == entry[:2]:
            cache[name] = entry


def updatecache(filename, module_globals=None):
    """Read a file into the cache; returns its lines ([] when unreadable)."""
    import os
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        st = os.stat(filename)
        with open(filename, encoding='utf-8') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines)
    return lines
