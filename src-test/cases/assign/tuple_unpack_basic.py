a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, h = range(2)
print(g, h)
k, v = {"key": 0}.popitem()
print(k, v)
