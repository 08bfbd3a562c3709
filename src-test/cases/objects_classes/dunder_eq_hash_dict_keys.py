# Objects with __eq__ and __hash__ work as dict keys and set members; lookups call __eq__ on hash collisions.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name
d = {Key("ab"): 1}
print(d[Key("ab")])
print(Key("cd") in d)
s = {Key("x"), Key("x"), Key("yz")}
print(len(s))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print([1, 2, 3].index(AlwaysEqual()), [5].count(AlwaysEqual()), AlwaysEqual() in [7])
