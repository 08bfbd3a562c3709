xs = list(range(10))
print(xs[-1], xs[-10], xs[2:8:3], xs[::-1], xs[-2::-3])
print(xs[1:-1], xs[-3:-1], xs[5:1], xs[::5])
ys = xs[:]
ys[::2] = ["e"] * 5
print(ys)
zs = [1, 2, 3, 4, 5]
del zs[::2]
print(zs)
try:
    xs[10]
except IndexError as e:
    print(e)
try:
    xs[-11] = 0
except IndexError as e:
    print(e)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print(e)
