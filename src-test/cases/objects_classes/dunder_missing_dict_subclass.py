# dict subclasses: d[k] calls __missing__ for absent keys; get() and `in` do not.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz"), "zz" in d, len(d))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "abcab":
    c[w] += 1
print(sorted(c.items()))
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)
class NotADict:
    def __missing__(self, key):
        return 1
try:
    NotADict()["x"]
except TypeError as e:
    print(e)
