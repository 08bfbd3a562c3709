def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

P2 = '/tmp/pyston_case_open_binary.bin'
with open(P2, 'wb') as f:
    print(f.write(bytes(range(5))), f.write(bytearray(b'xy\nz')), type(f).__name__)
with open(P2, 'rb') as f:
    print(f.read(2), f.read(2), f.tell(), f.read(), f.read(), type(f).__name__)
with open(P2, 'r+b') as f:
    f.seek(2)
    print(f.read(3), f.tell(), f.seek(-1, 2), f.read(), type(f).__name__)
    f.seek(0)
    f.write(b'AB')
with open(P2, 'rb') as f:
    print(f.readline(), list(f))
check(lambda: open(P2, 'wb').write('text'))
open(P2, 'w').close()
