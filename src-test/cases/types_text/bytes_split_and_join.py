def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b'  x y  '.split(None, 1), b'  x y  '.rsplit(None, 1), b''.split(), b''.split(b','))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True))
check(lambda: b'a'.split(b''))
check(lambda: b'a'.split(','))
check(lambda: b'-'.join([b'a', 'b']))
check(lambda: b'-'.join([b'a', 1]))
