def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'%s and %s' % (b'x', bytearray(b'y')), b'%d%%' % 50, b'%5d|%-5d|' % (3, 4), b'%x %X %o' % (255, 255, 8))
print(b'%c%c' % (65, b'B'), b'%r' % 'é', b'%a' % 'x', b'%.2f' % 3.14159, b'%(k)s' % {b'k': b'v'})
check(lambda: b'%s' % 'str')
check(lambda: b'%d' % b'x')
check(lambda: b'%c' % 256)
check(lambda: b'%s %s' % (b'a',))
