# '%' with an instance of a tuple subclass takes its items as the values (namedtuple's __repr__ relies on it)
class Pair(tuple):
    pass
p = Pair((1, 'a'))
print('(%r, %r)' % p, '%s-%s' % p)
class Rec(tuple):
    def __repr__(self):
        return type(self).__name__ + '(x=%r, y=%r)' % self
print(repr(Rec((2, [3]))))
try:
    print('%s' % Pair((1, 2)))
except TypeError as e:
    print(e)
