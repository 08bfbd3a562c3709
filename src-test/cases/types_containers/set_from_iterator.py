# set() from a one-shot iterator keeps its items (set.__new__ must not consume the iterable).
print(sorted(set(map(str, [3, 1, 2]))))
print(set(x * 2 for x in [1]), set(iter("a")), set(filter(None, [0, 4])), set(zip([1], [2])))
print(frozenset(map(abs, [-1])), sorted(set(range(3))))
class S(set):
    pass
print(S(iter([7])), type(S(iter([7]))).__name__)
class Quiet(set):
    def __init__(self, items):
        pass
print(Quiet(iter([1])))
