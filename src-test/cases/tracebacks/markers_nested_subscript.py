grid = {'a': {}}
print(grid['a'].get('b'))
cell = grid['a']['b']
