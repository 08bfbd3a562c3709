it = enumerate(['a', 'b', 'c'], start=10)
print(next(it), next(it), list(it), list(it))
z = zip('abc', range(10))
print(next(z), list(z))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(map(str.upper, 'ab')), list(filter(lambda x: x % 2, range(7))), list(filter(None, ['', 'a', 0, 1])))
print(list(zip()), list(zip([1, 2], strict=True)), list(reversed('abc')), list(reversed(range(1, 7, 2))))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())))
class RR:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(RR())))
