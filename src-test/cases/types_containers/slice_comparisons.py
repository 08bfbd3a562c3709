print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(None) == slice(None, None, None), slice(1, 2) == (1, 2))
print(sorted([slice(3, 1), slice(1, 2), slice(1, None, 2)], key=lambda s: (s.start, s.stop or 0)))
try:
    slice(1, 2) < 5
except TypeError as e:
    print(e)
