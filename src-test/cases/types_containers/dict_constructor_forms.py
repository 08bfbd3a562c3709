def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(dict(), dict(a=1), dict([('a', 1)], b=2), dict({'x': 1}), dict(zip('ab', [1, 2])), dict([[1, 2]]), dict({1: 2}, **{'k': 3}))
check(lambda: dict([1]))
check(lambda: dict([(1,)]))
check(lambda: dict(1))
check(lambda: dict({}, {}))
