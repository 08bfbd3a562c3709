# __getattribute__ intercepts every lookup; object.__getattribute__ reaches the normal machinery.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        if name.startswith("_") or name == "log":
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hi"
t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b, p.log)
try:
    p.missing
except AttributeError as e:
    print(e)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
f = Fallback()
print(f.boom, f.other, f.__class__.__name__)
