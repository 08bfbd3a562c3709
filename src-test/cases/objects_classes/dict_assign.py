# obj.__dict__ = d makes d the instance's namespace (by identity), also when "__dict__" is
# listed in __slots__; _threading_local swaps per-thread dicts that way.
class A:
    pass
class S:
    __slots__ = ("x", "__dict__")

for cls in (A, S):
    o = cls()
    o.a = 1
    d1, d2 = {"v": 1}, {"v": 2}
    object.__setattr__(o, "__dict__", d1)
    print(o.v, o.__dict__ is d1, hasattr(o, "a"))
    o.w = 3
    print(d1)
    o.__dict__ = d2
    print(o.v, hasattr(o, "w"), o.__dict__ is d2)
    del o.v
    print(d2)
    try:
        o.__dict__ = [1]
    except TypeError as e:
        print("TypeError:", e)
s = S()
s.x = 9
s.__dict__ = {"k": 1}
print(s.x, s.k)
import threading
loc = threading.local()
loc.v = "main"
seen = []
def work():
    seen.append(hasattr(loc, "v"))
    loc.v = "thread"
    seen.append(loc.v)
t = threading.Thread(target=work)
t.start()
t.join()
print(loc.v, seen)
