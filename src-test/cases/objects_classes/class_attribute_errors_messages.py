# AttributeError messages for instances, classes, modules and built-in types.
class C:
    __slots__ = ("a",)
class D:
    pass
checks = [lambda: C().b, lambda: C.b, lambda: D().x, lambda: D.x, lambda: (1).foo, lambda: "s".foo,
          lambda: None.foo, lambda: [].foo, lambda: C().a, lambda: type.foo]
for f in checks:
    try:
        f()
    except AttributeError as e:
        print(e)
def setters():
    c = C()
    try:
        c.b = 1
    except AttributeError as e:
        print(e)
    try:
        (1).x = 2
    except AttributeError as e:
        print(e)
    try:
        object().x = 2
    except AttributeError as e:
        print(e)
    try:
        del D().x
    except AttributeError as e:
        print(e)
    try:
        list.append = 1
    except TypeError as e:
        print(e)
setters()
