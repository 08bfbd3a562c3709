# C.__dict__ is a read-only, live mappingproxy over the class namespace.
class C:
    x = 1
    def f(self):
        return "f"

d = C.__dict__
print(type(d).__name__, type(d) is type(type.__dict__))
print(isinstance(d, dict))
for op in ("set", "del"):
    try:
        if op == "set":
            d["y"] = 2
        else:
            del d["x"]
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    del d[0]
except TypeError as e:
    print("del int key TypeError:", e)
try:
    d.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.update({})
except AttributeError as e:
    print("AttributeError:", e)
print("x" in d, "nope" in d, d["x"], d.get("nope"), d.get("nope", 5), d.get("x", 5))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(sorted((k, v) for k, v in d.items() if k == "x"))
print(len(d) == len(list(d)), bool(d))
# live: later class changes show through an old proxy
C.y = 2
print("y" in d, d["y"])
del C.x
print("x" in d)
# mutation still goes through the class and reaches instances and caches
c = C()
for i in range(3):
    C.f = lambda self, i=i: i
    print(c.f(), C.__dict__["f"](c))
cp = d.copy()
print(type(cp).__name__, cp["y"])
cp["z"] = 3
print("z" in d)
u = d | {"w": 1}
print(type(u).__name__, u["w"], u["y"])
r = {"w": 1} | d
print(type(r).__name__, list(r)[0])
try:
    d |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
print(vars(C) == C.__dict__, C.__dict__ == dict(C.__dict__))
print(dict(d)["y"], {**d}["y"])
print(type(int.__dict__).__name__, "__add__" in int.__dict__, "real" in int.__dict__)
print(repr(type.__dict__["__dict__"]) == "<attribute '__dict__' of 'type' objects>")
