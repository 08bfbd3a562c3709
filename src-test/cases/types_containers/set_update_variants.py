s = {1}
s.update([2], {3}, 'a', range(4, 6))
print(sorted(s, key=str), len(s))
s.intersection_update([1, 2, 3], {2, 3})
print(s)
