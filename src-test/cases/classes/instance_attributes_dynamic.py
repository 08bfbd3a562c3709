class Obj:
    pass

a = Obj()
b = Obj()
a.x = 1
b.y = 2
a.z = a.x + 10
print(a.x, a.z, b.y)
print(hasattr(a, "y"), hasattr(b, "y"), getattr(a, "x"), getattr(a, "q", "default"))
setattr(b, "x", 99)
print(b.x)
print(a.__dict__, b.__dict__)
