class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "computed " + name
        raise AttributeError(name)

l = Lazy()
print(l.real, l.xyz, hasattr(l, "nope"), getattr(l, "nope", "dflt"))

class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

s = Spy()
s.v = 4
print(s.v)
del s.v
print(object.__getattribute__(s, "log"))
try:
    s.missing
except AttributeError as e:
    print(e)
