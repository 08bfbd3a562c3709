class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
c["a"] += 1
c["a"] += 1
c["b"] += 5
print(c["a"], c["b"], c["zzz"], len(c))
print(sorted(c.items()))
print("zzz" in c, isinstance(c, dict))

class Default(dict):
    def __init__(self, factory):
        super(Default, self).__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

d = Default(list)
d["x"].append(1)
d["x"].append(2)
print(d["x"], d.get("y"), len(d))

class Plain(dict):
    pass
try:
    Plain()["nope"]
except KeyError as e:
    print("KeyError", e)
