def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(format(5, 'b'), format(5.5, '.1f'), format('s', '^5'), format(255, '#x'), format(1e100, '.3g'), format(True), format(None), format(1234.5678, ',.2f'), format(-1, '08b'))
check(lambda: format(1, 'q'))
check(lambda: format('x', 'd'))
check(lambda: format(1.5, 'd'))
check(lambda: format([], 'x'))
check(lambda: format(1, 1))
