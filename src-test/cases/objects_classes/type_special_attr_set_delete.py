# type's own attributes (__name__, __qualname__, __module__, __doc__): a built-in type's cannot be
# set, no class's can be deleted (CPython's check_set_special_type_attr), through setattr or the
# descriptor in type.__dict__.
class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__)
for f in [lambda: type(list).__dict__["__doc__"].__set__(list, "blah"),
          lambda: type(X).__dict__["__doc__"].__delete__(X),
          lambda: setattr(list, "__doc__", "x"),
          lambda: delattr(X, "__doc__")]:
    try:
        f()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(X.__doc__)
for attr in ("__name__", "__qualname__", "__module__", "__doc__"):
    for target in (X, int):
        try:
            delattr(target, attr)
            print("deleted")
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
        try:
            setattr(target, attr, "v")
            print(attr, getattr(target, attr))
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
for bad in (1, None):
    for attr in ("__name__", "__qualname__"):
        try:
            setattr(X, attr, bad)
        except TypeError as e:
            print("TypeError", e)
