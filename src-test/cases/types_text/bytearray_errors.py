def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'ab')
check(lambda: ba.append(256))
check(lambda: ba.append('a'))
check(lambda: ba.remove(120))
check(lambda: bytearray().pop())
check(lambda: ba.pop(5))
check(lambda: ba.__setitem__(5, 1))
check(lambda: ba.extend('str'))
check(lambda: ba.extend(5))
check(lambda: bytearray('x'))
check(lambda: {ba: 1})
