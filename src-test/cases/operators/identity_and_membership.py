a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, a is not None)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "b" in {"a": 1, "b": 2}, 1 in (1, 2), 5 in range(10), 10 in range(10))
print(4 in {4, 5}, [1] in [[1], 2])
try:
    1 in 5
except TypeError as e:
    print(e)
