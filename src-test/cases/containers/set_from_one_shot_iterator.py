# set() of a generator or iterator keeps its items (set.__new__ must not consume what __init__ fills from)
print(set(x for x in [3, 1, 3]), sorted(set(iter([2, 2, 1]))), set(map(abs, [-1, 1])), frozenset(x % 2 for x in range(5)))
print(set(p[:1] == '/' for p in ['/a', '/b']), {*iter('aa')}, set(zip('ab', 'cd')) == {('a', 'c'), ('b', 'd')})
class S(set):
    def __init__(self, it):
        super().__init__(x * 10 for x in it)
print(sorted(S(iter([1, 2]))), type(S([1])).__name__)
class NoInit(set):
    def __init__(self, it):
        pass
print(NoInit([1, 2]))
s = set([1]); s.__init__(iter([5, 6])); print(sorted(s))
