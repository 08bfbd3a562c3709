def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a, b = {1, 2, 3}, frozenset({3, 4})
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(a | b).__name__, type(b | a).__name__, a > {1}, a >= a, a < a, b == frozenset([4, 3]))
x = a
x |= {10}; x &= {1, 10, 3}; x -= {3}; x ^= {99}
print(sorted(x), x is a)
check(lambda: a | [1])
check(lambda: a + a)
def isub_bad():
    y = {1}
    y -= [1]
check(isub_bad)
