def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::3] = [100, 200, 300]
print(l)
l[1:1] = [7, 8]
print(l)
l[-2:] = []
print(l)
l[5:2] = ['x']
print(l)
l[::-2] = l[::-2][::-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
del l[::-1]
print(l)
m = [1, 2, 3]
m[:] = m
print(m)
m[1:2] = (x * 10 for x in range(3))
print(m)
def bad():
    k = [1, 2, 3, 4]
    k[::2] = [1]
check(bad)
def bad2():
    k = [1, 2]
    k[0:1] = 5
check(bad2)
