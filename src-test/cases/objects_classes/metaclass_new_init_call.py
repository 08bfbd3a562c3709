class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith("__")]), kw)
        cls = super(Meta, mcls).__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super(Meta, cls).__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super(Meta, cls).__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class Thing(metaclass=Meta, tag="T"):
    def __init__(self, v):
        self.v = v
    def f(self):
        return self.v

t = Thing(5)
print(t.v, t.made_by_meta, Thing.tag, type(Thing).__name__)
class Sub(Thing):
    pass
print(Sub.tag, type(Sub).__name__)
s = Sub(7)
print(s.f())
