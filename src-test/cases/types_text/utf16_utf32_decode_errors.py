def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: b'a'.decode('utf-16-le'))
check(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
check(lambda: b'\x00\xdc'.decode('utf-16-le'))
check(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
check(lambda: b'ab'.decode('utf-32'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
