print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-5, 0)), list(range(-1, -10, -4)))
print(range(3), range(1, 10, 2))
r = range(0, 100, 7)
print(r[3], r[-1], len(r), 49 in r, 50 in r)
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
