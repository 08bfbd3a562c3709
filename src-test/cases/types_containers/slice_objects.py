def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5))
print([0, 1, 2, 3, 4][s], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
check(lambda: slice(1, 2, 0).indices(3))
check(lambda: [1][::0])
