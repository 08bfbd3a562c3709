class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(e)
class Both(OnlyEq):
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), Both(3) == Both(3), Both(3) != Both(4))
class Inherit(Both):
    pass
print(hash(Inherit(5)) == hash(5))
