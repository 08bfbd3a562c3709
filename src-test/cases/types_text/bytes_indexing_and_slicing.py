def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'abcdefgh'
print(b[0], b[-1], b[2:5], b[::-1], b[1::3], b[100:], b[-3:])
check(lambda: b[8])
check(lambda: b['a'])
check(lambda: b[1.5])
