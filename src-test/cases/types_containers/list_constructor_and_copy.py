def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(list(), list('ab'), list((1, 2)), list(range(3)), list({'a': 1}), list({3}), list(x * 2 for x in [1]), list(b'ab'))
check(lambda: list(1))
check(lambda: list(None))
