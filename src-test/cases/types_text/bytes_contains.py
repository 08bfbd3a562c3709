def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'b' in b'abc', b'bc' in b'abc', b'x' in b'abc', 98 in b'abc', 255 in b'\xff', b'' in b'abc')
check(lambda: 'a' in b'abc')
check(lambda: 256 in b'abc')
