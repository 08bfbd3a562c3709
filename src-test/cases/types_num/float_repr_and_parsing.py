def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(0.1, 1e16, 1.5e-7, 1e22, 123456789012345678.0, 0.1 + 0.2, -0.0, float('inf'), float('-inf'), float('nan'), 1e-5, 0.0001, 5e-324)
print(float('1_000.5'), float(' 1e3 '), float('-Infinity'), float('nan'), float('  .5'), float('5.'), float(7), float(2**70), float(True), repr(1.0), str(100.0))
check(lambda: float('1__0'))
check(lambda: float('abc'))
check(lambda: float(''))
check(lambda: float(2**1024))
check(lambda: float([]))
