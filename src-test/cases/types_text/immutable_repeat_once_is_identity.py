# An immutable sequence times one is the same object (str, bytes, tuple); a list is copied.
s = 'abc' + str(len('xy'))
b = bytes([1, 2, 3])
t = tuple(range(3))
l = [1, 2]
print(s * 1 is s, 1 * s is s, b * 1 is b, t * 1 is t, 1 * t is t)
print(l * 1 is l, l * 1 == l)
print(s * 2, b * 2, t * 2, s * 0 == '', t * -1)


class S(str):
    pass


x = S('ab')
print(type(x * 1).__name__, x * 1)
