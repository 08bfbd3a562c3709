data = {"list": [1, [2, [3, []]]], "tuple": (1, (2,), ()), "dict": {"k": {"n": None}}, "set": {1}}
print(data)
print([(1, "a"), {"b": [True, 2.5]}])
print(str([None, "s", 'q"']))
print(repr(((),)))
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
