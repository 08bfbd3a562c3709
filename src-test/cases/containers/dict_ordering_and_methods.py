# Dicts keep insertion order; re-assigning a key keeps its position.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print("a" in d, "zz" in d, 10 in d)
print(d.pop("a"), d)
d.update({"x": 1, "b": 0})
print(d)
print(d.setdefault("y", []), d)
del d["b"]
d["b"] = 5
print(d, len(d))
print({1: "int", 1.0: "float wins value, key stays int", True: "bool"})
print(dict(a=1, b=2), dict([("k", "v")]), {})
