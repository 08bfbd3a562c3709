print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float), isinstance("", str))
print(isinstance(True, int), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, object), isinstance(2**100, int), isinstance(set(), set))
print(isinstance(1, (float, str)), isinstance(1, (float, (int,))))
