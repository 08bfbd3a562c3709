# types.MappingProxyType built from Python: a read-only view over any mapping.
import types
M = types.MappingProxyType
print(M.__name__, M.__module__, M is type(object.__dict__))
src = {"a": 1, "b": 2}
m = M(src)
print(m)
print(repr(m), str(m))
print(m["a"], len(m), "a" in m, list(m), list(m.keys()), list(m.values()), list(m.items()))
print(list(reversed(m)))
src["c"] = 3
print(m["c"], len(m))
print(m == src, m != src, m == {"a": 1})
c = m.copy()
print(type(c).__name__, c == src, c is src)
print(m | {"d": 4}, {"z": 0} | m)
try:
    m["a"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m.pop("a")
except AttributeError as e:
    print("AttributeError:", e)
print(M(mapping={"k": "v"}))
print(M(M({"n": 1})))
for bad in ([1, 2], (1, 2), 5, None, "abc"):
    try:
        M(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    M()
except TypeError as e:
    print("TypeError:", e)
try:
    M({}, {})
except TypeError as e:
    print("TypeError:", e)
try:
    M(other={})
except TypeError as e:
    print("TypeError:", e)

class Lookup:
    def __getitem__(self, k):
        return k * 2
    def __len__(self):
        return 7
    def __str__(self):
        return "<Lookup>"
p = M(Lookup())
print(p["ab"], len(p), str(p))
try:
    class Sub(M):
        pass
except TypeError as e:
    print("TypeError:", e)
print(M[str, int])
