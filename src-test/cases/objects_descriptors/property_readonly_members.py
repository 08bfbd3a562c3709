# property's fget/fset/fdel are read-only members ("readonly attribute"); its __doc__ is writable.
p = property(lambda s: 1, doc="the doc")
print(p.__doc__)
p.__doc__ = 42
print(p.__doc__)
for attr in "fget", "fset", "fdel":
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print("set", attr, e)
    try:
        delattr(p, attr)
    except AttributeError as e:
        print("del", attr, e)
print(p.fget(None), p.fset, p.fdel)


class C:
    @property
    def x(self):
        "x doc"
        return 3


print(C.x.__doc__, C().x)
C.x.__doc__ = "changed"
print(C.x.__doc__)
