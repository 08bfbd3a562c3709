import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

events = []
o = Obj("a")
r = weakref.ref(o, lambda ref: events.append(("dead", ref() is None)))
print(r() is o, r.__callback__ is not None)
del o
gc.collect()
print("events:", events, r())

# finalize
class Res:
    pass
res = Res()
fin = weakref.finalize(res, print, "finalized", 1)
print(fin.alive)
del res
gc.collect()
print("alive after collect:", fin.alive)

# finalize called explicitly
res2 = Res()
fin2 = weakref.finalize(res2, lambda x: x * 2, 21)
print(fin2(), fin2.alive, fin2())
print(fin2.detach())

# WeakValueDictionary cleans up
d = weakref.WeakValueDictionary()
keep = Obj("keep")
d["k"] = keep
d["t"] = Obj("temp")
gc.collect()
print(sorted(d.keys()))

# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
k1 = Obj("k1")
wk[k1] = 1
wk[Obj("k2")] = 2
gc.collect()
print(len(wk), [v for v in wk.values()])

# WeakSet
ws = weakref.WeakSet()
a = Obj("x")
ws.add(a)
ws.add(Obj("y"))
gc.collect()
print(len(ws), list(ws))

# WeakMethod
class M:
    def meth(self):
        return "called"
inst = M()
wm = weakref.WeakMethod(inst.meth)
print(wm()())
del inst
gc.collect()
print(wm())

# proxy
p_target = Obj("p")
p = weakref.proxy(p_target, lambda pr: print("proxy cb"))
print(p.name)
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

print(weakref.getweakrefcount(keep), len(weakref.getweakrefs(keep)))
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError:", e)
