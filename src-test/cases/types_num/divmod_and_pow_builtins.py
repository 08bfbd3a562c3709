def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, 2**61 - 1), pow(5, 0, 1), pow(2.0, 3), pow(base=2, exp=5), pow(4, 0.5))
check(lambda: pow(2, -1, 4))
check(lambda: pow(2, 3, 0))
check(lambda: pow(2.0, 3, 5))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: divmod('a', 1))
check(lambda: pow(0, -1))
check(lambda: pow(0.0, -1))
