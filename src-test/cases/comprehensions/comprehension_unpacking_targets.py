pairs = [(1, 'a'), (2, 'b')]
print([n * 2 for n, _ in pairs])
print({c: n for n, c in pairs})
print([a + b for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])
print([x for x, *rest in [(1, 2, 3), (4,)]])
