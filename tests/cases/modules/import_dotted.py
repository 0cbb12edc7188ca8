import os.path
import os.path as osp
from os import path
from json import decoder
import json.decoder
import json.encoder as enc
print(os.path is osp is path, decoder is json.decoder, enc.JSONEncoder is json.JSONEncoder)
print(json.decoder.__name__, type(json.decoder).__name__, hasattr(json, "encoder"))
import sys
print("os.path" in sys.modules, "json.decoder" in sys.modules, sys.modules["os.path"] is os.path)
for stmt in ["import os.nope", "import json.nope", "import nope.sub", "import errno.x"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e, getattr(e, "name", "-"))
import errno
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.EISDIR], errno.ENOTDIR)
