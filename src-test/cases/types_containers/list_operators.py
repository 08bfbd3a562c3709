def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, 2]
print(a + [3], a * 2, 2 * a, [0] * 0, a * -1, a == [1, 2], a != [1], a < [1, 3], a < [1, 2, 0], [1, [2]] == [1, [2]], [] < [0])
b = a
b += [9]
b *= 2
print(a, a is b, 2 in a, 5 not in a, [[]] * 2, len([None] * 3))
check(lambda: [1] + (2,))
check(lambda: [1] * [2])
check(lambda: [1] < ['a'])
check(lambda: [1] < 1)
