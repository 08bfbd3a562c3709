def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('%s %r %a' % ('x', 'y', 'é'), '%d %i %u' % (1, -2, 3), '%5.2f|%-8.3e|%g' % (3.14159, 1234.5, 0.00001), '%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%c%c' % (65, 'B'), '%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%%', '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef', '%*d' % (5, 42), '%-*.*f' % (8, 2, 3.14159), '%+d % d' % (5, 5))
print('%s' % (1,), '%s' % [1, 2], '%s' % {'a': 1}, '%d' % 3.99, '%e' % 0, '%g' % 1e20, '%G' % 1e-20, '%.0f' % 2.5, '%.0f' % 3.5, '%010.3f' % -3.14159)
check(lambda: '%d' % 'x')
check(lambda: '%s %s' % ('a',))
check(lambda: '%s' % ('a', 'b'))
check(lambda: '%z' % 1)
check(lambda: '%c' % 'ab')
check(lambda: '%(a)s' % 1)
check(lambda: '%x' % 1.5)
check(lambda: '%' % ())
