def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'ab' + b'cd', b'ab' + bytearray(b'x'), b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -2)
check(lambda: b'a' + 'b')
check(lambda: b'a' + 1)
check(lambda: b'a' * 'b')
check(lambda: 'a' + b'b')
