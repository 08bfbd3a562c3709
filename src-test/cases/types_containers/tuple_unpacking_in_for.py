pairs = [(1, 'a'), (2, 'b')]
for n, c in pairs:
    print(n, c)
print([a + b for a, b in zip((1, 2), (3, 4))], dict(pairs), tuple(reversed(pairs)))
