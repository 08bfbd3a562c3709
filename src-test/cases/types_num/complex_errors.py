def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: 1j / 0)
check(lambda: 1j // 2)
check(lambda: 1j % 2)
check(lambda: 0j ** -1)
check(lambda: pow(1j, 2, 3))
check(lambda: int(1j))
check(lambda: float(1j))
check(lambda: 1j + 'a')
check(lambda: round(1j))
