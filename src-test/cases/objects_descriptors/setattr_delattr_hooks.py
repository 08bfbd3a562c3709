# __setattr__/__delattr__ intercept assignment and deletion, including in __init__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(1)
for action in [lambda: setattr(f, "x", 2), lambda: delattr(f, "x")]:
    try:
        action()
    except AttributeError as e:
        print(e)
print(f.x)
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.a += 1
del r.a
print(hasattr(r, "a"))
try:
    del r.a
except AttributeError as e:
    print(e)
