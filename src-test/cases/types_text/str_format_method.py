def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}'.format(x=5), '{0[1]}'.format([7, 8]), '{0.real}'.format(3j), '{a[k]}'.format(a={'k': 'v'}), '{{}}'.format())
print('{:>5}|{:<5}|{:^5}|{:*^7}'.format('a', 'b', 'c', 'd'), '{:+d} {: d} {:d}'.format(5, 5, -5), '{:,} {:_} {:_x}'.format(1234567, 1234567, 0xabcdef), '{!r} {!s} {!a}'.format('x', 'y', 'é'))
print('{:.3} {:.3f} {:10.2e} {:%} {:.1%}'.format(3.14159, 3.14159, 12345.678, 0.25, 0.123), '{:#b} {:#o} {:#x} {:#X}'.format(5, 8, 255, 255), '{:08.2f} {:=+8d}'.format(-3.14159, 42))
print('{:c} {:n} {:s} {} {:z.1f} {:z.0f}'.format(97, 1234, 'str', None, -0.01, -0.4), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), format(12, 'b'), format(3.5, ''), format('x', '>3'))
check(lambda: '{}'.format())
check(lambda: '{0} {}'.format(1, 2))
check(lambda: '{:d}'.format('x'))
check(lambda: '{:s}'.format(5))
check(lambda: '{'.format())
check(lambda: '}'.format())
check(lambda: '{x}'.format())
check(lambda: '{:,s}'.format('x'))
check(lambda: '{!x}'.format(1))
check(lambda: '{:=}'.format('x'))
