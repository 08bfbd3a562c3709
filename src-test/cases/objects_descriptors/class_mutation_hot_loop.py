class Base:
    def value(self):
        return 1
class Child(Base):
    pass

def run(objs):
    total = 0
    for i in range(3000):
        for o in objs:
            total += o.value()
        if i == 1000:
            Base.value = lambda self: 10
        if i == 2000:
            Child.value = lambda self: 100
    return total

objs = [Child(), Base()]
print(run(objs))
del Child.value
print(Child().value())
def get(o):
    return o.attr
class H:
    attr = "class"
h = H()
out = []
for i in range(2000):
    out.append(get(h))
    if i == 500:
        h.attr = "instance"
    if i == 1000:
        del h.attr
    if i == 1500:
        H.attr = "changed"
print(out[0], out[600], out[1200], out[1800])
