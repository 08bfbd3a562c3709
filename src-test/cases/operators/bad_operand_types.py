pairs = [(1, "a"), ([1], 1), (None, 1), ({}, {}), (1.5, "x"), ((1,), [1])]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print("+", e)
for a, b in [(1, "a"), ([], 0), (None, None)]:
    try:
        a < b
    except TypeError as e:
        print("<", e)
try:
    [1] - [1]
except TypeError as e:
    print("-", e)
try:
    "a" % 1
except TypeError as e:
    print("%", e)
print(1 == "1", None != 0, [1] == (1,))
1 + None
