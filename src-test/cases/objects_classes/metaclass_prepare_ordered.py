class Recorder(dict):
    def __init__(self):
        super(Recorder, self).__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super(Recorder, self).__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super(Meta, mcls).__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class C(metaclass=Meta, flag=1):
    z = 1
    a = 2
    def m(self): pass
    b = 3
print(C.order)
print(C.z, C.a, C.b)
