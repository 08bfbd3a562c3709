print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple(), tuple([1, 2]), tuple("hi"))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(set(), set([3, 1, 3, 2]), set(range(5)))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
