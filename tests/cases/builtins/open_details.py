import io, os, tempfile
_d = tempfile.mkdtemp()
os.chdir(_d)
open('x.bin','wb').close()
for mode, op in [('wb', lambda f: f.read()), ('wb', lambda f: f.readline()), ('rb', lambda f: f.write(b'x')), ('w', lambda f: f.readline()), ('r', lambda f: f.write('x')), ('r', lambda f: f.truncate()), ('rb', lambda f: f.truncate()), ('r', lambda f: f.seek(1,1)), ('r', lambda f: f.seek(1,2)), ('r', lambda f: f.seek(-1)), ('rb', lambda f: f.seek(-1)), ('rb', lambda f: f.seek(0, 3)), ('r', lambda f: f.seek(0, 3)), ('w', lambda f: f.write(b'x')), ('wb', lambda f: f.write('x')), ('r', lambda f: f.read(1.5)), ('r', lambda f: f.readline(None)), ('rb', lambda f: list(f))]:
  f = open('x.bin', mode)
  try: print(mode, repr(op(f)))
  except Exception as e: print(mode, type(e).__name__, e)
  f.close()
f = open('x.bin'); f.close()
for op in [lambda f: f.read(), lambda f: iter(f), lambda f: f.readable(), lambda f: f.flush(), lambda f: f.fileno(), lambda f: f.tell(), lambda f: f.__enter__(), lambda f: f.name, lambda f: f.mode, lambda f: repr(f)]:
  try: print(repr(op(f)))
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(mode=1), dict(encoding=1), dict(newline='x'), dict(newline=1), dict(buffering=0), dict(mode='rb', encoding='utf-8'), dict(mode='rb', newline=''), dict(errors=5), dict(encoding='bogus'), dict(closefd=False)]:
  try: open('x.bin', **kw)
  except Exception as e: print(kw, type(e).__name__, e)
try: open(1.5)
except Exception as e: print(type(e).__name__, e)
try: open(99999)
except Exception as e: print(type(e).__name__, e)
f = open(1, 'w', closefd=False); print(repr(f), f.name); f.close()
print(io.UnsupportedOperation.__mro__)
for m in ['rw','q','rr','tb','','+','U','rU']:
  try: open('x.txt',m)
  except Exception as e: print(repr(m), type(e).__name__, e)
f = None
with open('x.bin', 'wb') as f:
    f.write(b'ab\xffcd\xe2\x82\nxy\r\nz\rw')
def rd(errors):
    try:
        with open('x.bin', errors=errors) as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for errors in [None, 'replace', 'ignore', 'backslashreplace']:
    rd(errors)
with open('x.bin', errors='replace') as f:
    print([f.read(2) for i in range(8)], f.tell())
with open('x.bin', 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('é€😀x')
print(open('x.bin', 'rb').read())
def wr():
    try:
        with open('x.bin', 'w', encoding='ascii') as f:
            f.write('aé€b')
    except UnicodeEncodeError as e:
        print(e)
wr()
with open('x.bin', 'w', encoding='latin-1') as f:
    print(f.write('é'), f.encoding)
print(open('x.bin', 'rb').read(), open('x.bin', encoding='latin1').read())
with open('x.bin', 'w+') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(f.readline(), f.tell())
    f.write('X')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3), f.seek(0, 2))

with open('y.bin', 'w+b') as f:
    f.write(b'hello\nworld\n'); f.seek(0); print(f.readline(), f.tell()); f.write(b'X'); f.seek(0); print(f.read())
with open('y.bin', 'r+') as f:
    print(f.read(2), f.tell()); f.write('Y'); print(f.tell()); f.seek(0); print(repr(f.read()))

for _n in os.listdir('.'):
    os.remove(_n)
os.chdir('/')
os.rmdir(_d)
print(os.path.exists(_d))
