def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, 7.5 % 2.5, -0.0 % 5, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-8.0) ** (1/3) if False else 'skip')
print(1 / 3, 2 / 4, 10 / 2, 2 ** -1, 10 ** -2, 0.1 * 3, 1e16 + 1, 2 ** 0.5 * 2 ** 0.5)
check(lambda: 1.0 / 0)
check(lambda: 1 / 0)
check(lambda: 1.0 // 0)
check(lambda: 1.0 % 0)
check(lambda: 1 % 0)
check(lambda: 1 // 0)
check(lambda: 10.0 ** 400)
check(lambda: (-8.0) ** 0.5)
check(lambda: 0.0 ** -1)
