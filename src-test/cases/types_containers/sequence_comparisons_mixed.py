print([1, 2] == (1, 2), (1, 2) == (1.0, 2.0), [1, [2, 3]] < [1, [2, 4]], (1, 'a') < (1, 'b'), [float('nan')] == [float('nan')], max([(1, 'b'), (1, 'a')]), min('bca'))
n = float('nan')
print([n] == [n], (n,) == (n,), [n].count(n), n in [n], [n].index(n))
