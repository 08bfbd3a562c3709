def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('abc'), '-'.join(x for x in 'xy'), 'a' + 'b' * 3, 3 * 'ab', 'x' * 0, 'x' * -1)
check(lambda: '-'.join(['a', 1]))
check(lambda: '-'.join(5))
check(lambda: 'a' + 1)
check(lambda: 'a' * 'b')
check(lambda: 'a' * 1.5)
check(lambda: 1 + 'a')
