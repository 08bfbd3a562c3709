def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2))
print(round(5), round(15, -1), round(25, -1), round(-35, -1), round(123456, -3), round(2**70 + 5, -1) - 2**70, round(1e300, 2), round(-0.0), round(0.0001, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__, round(2.5, None))
check(lambda: round(float('inf')))
check(lambda: round(float('nan')))
check(lambda: round('x'))
check(lambda: round(1.5, 1.5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 2))
