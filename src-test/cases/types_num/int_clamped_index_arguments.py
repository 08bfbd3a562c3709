# arguments that are indices (start/end of find and index, round's ndigits, int's base) are
# clamped to the ssize_t range, as CPython's _PyEval_SliceIndex and PyNumber_AsSsize_t(o, NULL)
import sys


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


big = 4 * sys.maxsize
t(lambda: round(123.456, 2 ** 100))
t(lambda: round(123.456, -2 ** 100))
t(lambda: round(-123.456, -2 ** 100))
t(lambda: round(5, 2 ** 100))
t(lambda: round(10 ** 30 + 7, -29))
t(lambda: round(-(10 ** 30) * 6, -31))
t(lambda: int('43', 2 ** 100))
t(lambda: int('0', base=-(2 ** 234)))
t(lambda: [1, 0].index(0, -big, big))
t(lambda: (1, 0).index(0, -big, big))
t(lambda: [1, 0].index(1, big))
t(lambda: 'abc'.find('c', -big, big))
t(lambda: 'abc'.rfind('c', 2 ** 100))
t(lambda: 'abc'.index('a', -big))
t(lambda: 'abc'.count('c', -big, big))
t(lambda: 'abc'.startswith('c', -big, big))
t(lambda: 'abc'.endswith('c', -big, big))
t(lambda: b'abc'.find(b'c', -big, big))
t(lambda: [1] * (2 ** 100))
