# Calling the type of None, NotImplemented or Ellipsis returns the singleton; arguments are errors.
for const in (None, NotImplemented, Ellipsis):
    tp = type(const)
    print(tp() is const, tp.__new__(tp) is const)
    for args, kw in (((1,), {}), ((), {'a': 1})):
        try:
            tp(*args, **kw)
        except TypeError as e:
            print("TypeError", e)
print(type(None)() is None)
