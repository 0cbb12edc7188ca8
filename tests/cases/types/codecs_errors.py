tests = [(b'\x00\xd8', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc\x41\x00', 'utf-16-le'), (b'\x00\xd8\x41\x00', 'utf-16-le'), (b'\x41', 'utf-16'), (b'\xfe\xff\x00', 'utf-16'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x41\x00', 'utf-32'), (b'\xe0\x80', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'a\xed\xa0\x80b', 'utf-8'), (b'\xc3', 'utf-8'), (b'ab\x80\x81c', 'ascii'), (b'\xff\xfe\x00\xd8', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00\x41', 'utf-32'), (b'\xf8\x88\x80\x80\x80', 'utf-8'), (b'\xc0\xaf', 'UTF8')]
for b, enc in tests:
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end, e.object == b)
    print(repr(b.decode(enc, 'replace')), repr(b.decode(enc, 'backslashreplace')), repr(b.decode(enc, 'ignore')))
for h in ['xmlcharrefreplace', 'bogus']:
    try:
        print(b'\xff'.decode('utf-8', h))
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.encode('ascii', 'bogus'), b'abc'.decode('ascii', 'bogus'))
try:
    'é'.encode('ascii', 'bogus')
except Exception as e:
    print(type(e).__name__, e)
print('A'.encode('utf-16'), 'A'.encode('utf-32'), 'A'.encode('UTF16'), 'A'.encode('U8'), 'A'.encode('Latin-1'), 'A'.encode('iso-8859-1'), 'A'.encode('us-ascii'))
for s in ['ab\u2615\u2615c', '\xe9t\xe9', '\U0001f600']:
    for enc in ['ascii', 'latin-1']:
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print(e, '|', e.start, e.end, repr(e.object))
        for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            print(enc, h, s.encode(enc, h))
try:
    "x".encode(5)
except TypeError as e:
    print(e)
try:
    b"x".decode("utf-8", 5)
except TypeError as e:
    print(e)
print("a\u20ac\U0001f600\x80".encode("latin-1", "namereplace"), "\ue000".encode("ascii", "namereplace"))
