print([x * 2 for x in range(5)])
print(sorted({x % 3 for x in range(10)}))
print({k: v for k, v in zip("abc", range(3))})
print([(x, y) for x in range(3) for y in "ab" if x != 1])
