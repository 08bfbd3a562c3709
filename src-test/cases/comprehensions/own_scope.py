x = "outer"
r = [x for x in range(3)]
print(x, r)
y = 10
print([y + i for i in range(3)])
