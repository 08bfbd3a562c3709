def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'a' == b'a', b'a' != b'b', b'a' < b'b', b'ab' < b'abc', b'\xff' > b'\x01', b'b' >= b'a')
print(b'a' == 'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'abc' <= b'abc')
check(lambda: b'a' < 'a')
check(lambda: b'a' < 1)
