for x in [1, 2, 3]:
    print("list", x)
for x in (4, 5):
    print("tuple", x)
for ch in "abc":
    print("str", ch)
for i in range(3):
    print("range", i)
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print("dict key", k, d[k])
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for x in []:
    print("never")
print("done")
