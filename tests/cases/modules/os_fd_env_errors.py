import os
for f in [lambda: os.read(0, -1), lambda: os.close(-1), lambda: os.write(-1, b'x'), lambda: os.lseek(-1, 0, 0), lambda: os.fstat(-1), lambda: os.close(2**40), lambda: os.mkdir('/tmp', 'x'), lambda: os.getcwd(1), lambda: os.listdir(1.5), lambda: os.remove(), lambda: os.putenv('', 'x'), lambda: os.putenv('a=b', 'x'), lambda: os.strerror(99999)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for f in [lambda: os.unsetenv(''), lambda: os.unsetenv('a=b'), lambda: os.putenv('a\0', 'x'), lambda: os.putenv('a', 'x\0'), lambda: os.putenv(1, 'x'), lambda: os.environ.__setitem__('A', 1), lambda: os.environ.__setitem__(1, 'a'), lambda: os.environ.__delitem__(1), lambda: os.environ.__delitem__('COIL_NOPE_X'),
          lambda: os.listdir(os.open('.', os.O_RDONLY)) == os.listdir('.'), lambda: os.chdir(1.5)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d = os.open('/', os.O_RDONLY)
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd())
os.chdir(cwd)
os.close(d)
