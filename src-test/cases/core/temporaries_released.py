# Values the compiled code holds only for the length of a statement (the value of a subscript
# assignment, an unpacked sequence, a for loop's iterator) are not kept alive afterwards: a weak
# reference callback fires at gc.collect() once the last real reference is gone.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

died = []
def watch(o):
    return weakref.ref(o, lambda r, n=o.name: died.append(n))

class Store:
    def __setitem__(self, k, v):
        self.ref = watch(v)

s = Store()
s["k"] = Obj("subscript")
gc.collect()
print(died)

refs = []
a, b = Obj("a"), Obj("b")
refs += [watch(a), watch(b)]
del a, b
gc.collect()
print(sorted(died))

def loop():
    for o in [Obj("loop")]:
        refs.append(watch(o))
    del o
    gc.collect()
    print(sorted(died))
loop()

d = {}
d["x"] = Obj("dict")
refs.append(watch(d["x"]))
del d["x"]
gc.collect()
print(sorted(died))
