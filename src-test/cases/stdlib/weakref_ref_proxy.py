# _weakref: ref (call, hash, equality, __callback__), proxy forwarding attributes, unreferenceable types.
import _weakref
class Node:
    pass
n = Node()
n.x = 5
r = _weakref.ref(n)
print(r() is n, r.__callback__, type(r).__name__, r == _weakref.ref(n), hash(r) == hash(n))
p = _weakref.proxy(n)
print(p.x)
p.y = 7
print(n.y, type(p).__name__)
del p.y
print(hasattr(n, "y"))
for bad in (1, "s", (1,), [1], None):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {"k": r}
_weakref._remove_dead_weakref(d, "k")
print(list(d))
print(_weakref.getweakrefcount(1) == 0)
