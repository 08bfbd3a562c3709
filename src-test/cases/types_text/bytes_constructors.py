def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'ab'), bytes(bytearray(b'cd')))
print(bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytes('é', encoding='latin-1'))
check(lambda: bytes('abc'))
check(lambda: bytes([256]))
check(lambda: bytes([-1]))
check(lambda: bytes(['a']))
check(lambda: bytes(-1))
check(lambda: bytes(1.5))
check(lambda: bytes(b'x', 'utf-8'))
