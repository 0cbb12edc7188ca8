import os, random
for f in [lambda: os.urandom(2**62), lambda: os.read(0, 2**62), lambda: random.getrandbits(2**60)]:
    try:
        print(len(f()))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
