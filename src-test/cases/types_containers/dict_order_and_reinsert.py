d = {}
d['x'] = 1; d['y'] = 2; d['z'] = 3
del d['y']
d['y'] = 4
d['x'] = 5
print(d, list(d), list(reversed(d)), list(reversed(d.items())) if hasattr(reversed, '__name__') else '')
print({1: 'a', 1.0: 'b', True: 'c'}, {'a': 1, **{'b': 2}, 'a': 3})
