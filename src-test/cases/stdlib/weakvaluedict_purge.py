# WeakValueDictionary / WeakKeyDictionary / WeakSet drop entries whose objects died, through the
# callbacks of their weakref.ref subclasses (KeyedRef) and _weakref._remove_dead_weakref.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

wvd = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(5)]
for o in keep:
    wvd[o.name] = o
temp = Obj("temp")
wvd["temp"] = temp
print(len(wvd), sorted(wvd.keys(), key=str))
del temp
gc.collect()
print(len(wvd), len(wvd.data), "temp" in wvd, sorted(wvd.keys()))
del keep[1:3]
gc.collect()
print(len(wvd), sorted(wvd.keys()), sorted(wvd.data))

# a death noticed while iterating is removed after the iteration
victim = Obj("victim")
wvd["victim"] = victim
seen = []
for k in list(wvd.keys()):
    if k == 0:
        del victim
        gc.collect()
    seen.append(k)
print(sorted(seen, key=str), len(wvd), sorted(wvd.data, key=str))

wkd = weakref.WeakKeyDictionary()
a, b = Obj("a"), Obj("b")
wkd[a] = 1
wkd[b] = 2
del a
gc.collect()
print(len(wkd), list(wkd.values()))

ws = weakref.WeakSet([Obj("x")] + keep)
gc.collect()
print(len(ws), sorted(o.name for o in ws))

# the helper itself: only a dead reference is removed
d = {"live": weakref.KeyedRef(b, None, "live")}
weakref._remove_dead_weakref(d, "live")
print(list(d))
try:
    weakref._remove_dead_weakref([], "k")
except TypeError as e:
    print("TypeError:", e)
