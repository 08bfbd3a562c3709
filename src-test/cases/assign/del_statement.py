x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
xs = [1, 2, 3, 4]
del xs[0]
print(xs)
del xs[1:]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
