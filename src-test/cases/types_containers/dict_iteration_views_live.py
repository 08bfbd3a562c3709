d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
print(list(k), list(v), list(i), len(k))
del d['a']
print(list(k), list(v), list(i))
