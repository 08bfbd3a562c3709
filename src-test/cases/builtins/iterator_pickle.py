import pickle, copy
def rt(it, proto):
    return pickle.loads(pickle.dumps(it, proto))
def check(name, make):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        first = list(rt(it, proto))
        it = make()
        try:
            next(it)
        except StopIteration:
            pass
        second = list(rt(it, proto))
        it2 = make()
        list(it2)
        third = list(rt(it2, proto))
        if proto == 0:
            print(name, type(rt(make(), proto)).__name__.replace("_ascii", ""), first, second, third)
check("list", lambda: iter([1, 2, 3]))
check("reversed list", lambda: reversed([1, 2, 3]))
check("tuple", lambda: iter((1, 2, 3)))
check("str", lambda: iter("h\U0001F600llo"))
check("range", lambda: iter(range(2, 20, 5)))
check("range neg", lambda: iter(range(10, -3, -4)))
check("dict keys", lambda: iter({"a": 1, "b": 2}))
check("dict values", lambda: iter({"a": 1, "b": 2}.values()))
check("dict items", lambda: iter({"a": 1, "b": 2}.items()))
check("set", lambda: iter({7}))
check("enumerate", lambda: enumerate("abc", 10))
check("zip", lambda: zip((1, 2, 3), "xyz"))
check("zip strict", lambda: zip((1, 2, 3), "xyz", strict=True))
check("map", lambda: map(str.upper, "abc"))
check("map2", lambda: map(pow, [2, 3], [5, 2]))
check("filter", lambda: filter(str.isupper, "aBcD"))
check("filter none", lambda: filter(None, [0, 1, "", "x"]))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
    def __len__(self): return 3
check("reversed seq", lambda: reversed((5, 6, 7)))
print(iter(range(2, 10, 3)).__reduce__())
it = iter([1, 2, 3]); next(it); print(it.__reduce__())
it = iter("ab"); list(it); print(it.__reduce__())
it = reversed([1, 2]); print(it.__reduce__()); list(it); print(it.__reduce__())
print(zip("a", "b", strict=True).__reduce__()[2])
print(filter(None, "ab").__reduce__()[1][0], enumerate("ab", 5).__reduce__()[1][1])
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(-4); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter("abc"); it.__setstate__(2); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
z = rt(zip((1, 2), (1, 2, 3), strict=True), 2)
try:
    list(z)
except ValueError as e:
    print("ValueError:", e)
c = copy.copy(iter([4, 5, 6]))
print(list(c))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print("TypeError:", e)
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)
