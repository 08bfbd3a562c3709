# Every kind of fact an inline cache relies on, changed in the middle of a loop hot enough for
# the JIT to have compiled (and inlined) the linked sites: the change must show on the next
# iteration, and changing it back must too.
import threading
import time
import types

N = 30000
HALF = N // 2


def run(label, step, change, restore=None):
    total = 0
    for i in range(N):
        if i == HALF:
            change()
        if restore is not None and i == HALF + 1000:
            restore()
        total += step(i)
    print(label, total)


# 1. a method replaced on the class
class A:
    def m(self, i):
        return 1


a = A()
run("method on class", lambda i: a.m(i), lambda: setattr(A, "m", lambda self, i: 2))


# 2. a method replaced on a base class, called through a subclass instance
class Base:
    def m(self):
        return 1


class Sub(Base):
    pass


s = Sub()
run("method on base", lambda i: s.m(), lambda: setattr(Base, "m", lambda self: 3),
    lambda: setattr(Sub, "m", lambda self: 5))


# 3. a global function rebound, then a builtin shadowed by a global and unshadowed again
def f():
    return 1


def call_f(i):
    return f()


def g():
    return 7


def rebind():
    global f
    f = g


run("global rebound", call_f, rebind)


def use_len(i):
    return len("ab")


def shadow():
    globals()["len"] = lambda x: 100


def unshadow():
    del globals()["len"]


run("builtin shadowed", use_len, shadow, unshadow)


# 4. a function's defaults and code replaced
def h(x=1):
    return x


def h2(x=1):
    return x * 10


run("defaults", lambda i: h(), lambda: setattr(h, "__defaults__", (4,)))
run("code", lambda i: h(), lambda: setattr(h, "__code__", h2.__code__))


# 5. a plain class attribute read through an instance, then shadowed on the instance
class K:
    k = 1


kk = K()
run("class attr", lambda i: kk.k, lambda: setattr(K, "k", 2), lambda: setattr(kk, "k", 30))

# 6. a module attribute
mod = types.ModuleType("mod")
mod.v = 1
run("module attr", lambda i: mod.v, lambda: setattr(mod, "v", 9))


# 7. attribute hooks added to the class
class H:
    def __init__(self):
        self.x = 1


hh = H()
run("getattribute hook", lambda i: hh.x,
    lambda: setattr(H, "__getattribute__", lambda self, n: 6),
    lambda: delattr(H, "__getattribute__"))

log = []


def logging_setattr(self, n, v):
    log.append(n)
    object.__setattr__(self, n, v)


def set_x(i):
    hh.x = i
    return 0


run("setattr hook", set_x, lambda: setattr(H, "__setattr__", logging_setattr),
    lambda: delattr(H, "__setattr__"))
print("hooked stores", len(log))


# 8. a property replaced, and a comparison method defined
class P:
    @property
    def p(self):
        return 1


pp = P()
run("property", lambda i: pp.p, lambda: setattr(P, "p", property(lambda self: 8)))


class E:
    pass


e1, e2 = E(), E()
run("__eq__ defined", lambda i: 1 if e1 == e2 else 0, lambda: setattr(E, "__eq__", lambda self, o: True))


# 9. __init__ replaced, and super().m() whose target changes
class C:
    def __init__(self):
        self.v = 1


def init2(self):
    self.v = 11


run("__init__", lambda i: C().v, lambda: setattr(C, "__init__", init2))


class SBase:
    def m(self):
        return 1


class SSub(SBase):
    def m(self):
        return super().m() + 1


ss = SSub()
run("super()", lambda i: ss.m(), lambda: setattr(SBase, "m", lambda self: 100))


# 10. a change made by another thread is seen by a loop already running
class T:
    def m(self):
        return 0


t = T()
started = threading.Event()


def changer():
    started.wait()
    time.sleep(0.05)
    T.m = lambda self: 1


th = threading.Thread(target=changer)
th.start()
seen = 0
deadline = time.monotonic() + 20
i = 0
while seen == 0 and time.monotonic() < deadline:
    seen = t.m()
    i += 1
    if i == 1000:
        started.set()
th.join()
print("other thread's change seen:", seen == 1)
