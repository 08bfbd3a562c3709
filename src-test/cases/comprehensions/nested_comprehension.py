m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
print([[row[i] for row in m] for i in range(3)])
print({i: {j for j in range(i)} for i in range(3)})
