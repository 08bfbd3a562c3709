# In-place operators on subclasses of mutable built-ins mutate and return the same instance.
class L(list):
    pass

l = L([1])
before = l
l += [2]
print(type(l).__name__, l, l is before)
l *= 2
print(type(l).__name__, l, l is before)
print(type(l.__iadd__([9])).__name__, l)
print(type(l + [0]).__name__, type(l * 1).__name__)

class S(set):
    pass

s = S({1})
before = s
s |= {2}
print(type(s).__name__, sorted(s), s is before)
s &= {2, 3}
s -= {5}
s ^= {7}
print(type(s).__name__, sorted(s), s is before)
print(type(s.__ior__({8})).__name__)

class D(dict):
    pass

d = D(a=1)
before = d
d |= {"b": 2}
print(type(d).__name__, d, d is before)
d |= [("c", 3)]
print(d)

class Counted(list):
    def __iadd__(self, other):
        print("own __iadd__")
        return "replaced"

c = Counted()
c += [1]
print(c)
