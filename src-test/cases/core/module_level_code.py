# Module top level: statements run in order, globals are visible to later code.
x = 10
y = x * 2
print(x, y)
x = "rebound"
print(x)
print(__name__)
