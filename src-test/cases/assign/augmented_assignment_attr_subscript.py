class Box:
    pass

b = Box()
b.count = 1
b.count += 41
print(b.count)

d = {"hits": 0}
for _ in range(3):
    d["hits"] += 1
print(d)

xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
print(xs)

grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)

calls = []
def key():
    calls.append("key")
    return "k"
d2 = {"k": 1}
d2[key()] += 1
print(d2, calls)
