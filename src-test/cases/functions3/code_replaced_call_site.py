def a():
    return "a"
def b():
    return "b"
out = []
for i in range(6):
    if i == 3:
        a.__code__ = b.__code__
    out.append(a())
print(out)
