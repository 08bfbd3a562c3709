xs = [0] * 5
xs[0] = "a"
xs[-1] = "z"
print(xs)
xs[1:3] = [1, 2, 3]
print(xs)
d = {}
d["x"] = 1
d[(1, 2)] = "tuple key"
d[3] = None
print(d)

class P:
    pass

p = P()
p.x = 1
p.y = p.x + 1
print(p.x, p.y)
