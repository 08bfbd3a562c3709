print(len([]), len([1, 2]), len(()), len("abc"), len(""), len({"a": 1}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -1)))
print(len("😀x"), len([[1, 2, 3]]))
