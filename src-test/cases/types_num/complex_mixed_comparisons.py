def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(1+0j == 1, 1.0 == 1+0j, 2j == 2, (1+0j) != 1, hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j) == 0)
check(lambda: 1j < 2j)
check(lambda: 1j > 1)
