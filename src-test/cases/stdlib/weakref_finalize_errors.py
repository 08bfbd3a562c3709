import gc
import sys
import weakref

class Obj:
    pass

class Failing:
    def __repr__(self):
        return "<Failing callback>"
    def __call__(self, ref):
        raise ValueError("callback failed")

# an exception in a callback is reported on stderr and does not stop the program
o = Obj()
r = weakref.ref(o, Failing())
del o
gc.collect()
sys.stderr.flush()
print("after failing callback", r())

# several references to one object: callbacks run newest first, each once
order = []
o = Obj()
refs = [weakref.ref(o, lambda r, i=i: order.append(i)) for i in range(3)]
plain = weakref.ref(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o
gc.collect()
gc.collect()
print(order, plain(), [x() for x in refs])

# the callback of a weak reference that died first is not called
o = Obj()
w = weakref.ref(o, lambda r: print("never"))
del w
del o
gc.collect()
print("no callback for a dead reference")

# finalize: args and kwargs, peek, atexit flag, called once
def report(*args, **kw):
    print("finalizer", args, sorted(kw.items()))
    return "result"
o = Obj()
f = weakref.finalize(o, report, 1, 2, key="v")
print(f.alive, f.peek()[2:], f.atexit)
f.atexit = False
del o
gc.collect()
print(f.alive, f(), f.peek())

# finalizers still alive at exit run then (atexit=True)
keep = Obj()
weakref.finalize(keep, print, "finalizer at exit")
print("end of program")
