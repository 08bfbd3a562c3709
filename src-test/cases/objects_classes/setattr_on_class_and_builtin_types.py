# Class attributes can be set and deleted at run time; built-in types are immutable.
class C:
    pass
C.x = 1
setattr(C, "y", 2)
print(C.x, C().y, hasattr(C, "x"))
del C.x
print(hasattr(C, "x"))
try:
    del C.nope
except AttributeError as e:
    print(e)
for t in (int, str, object):
    try:
        t.new_attr = 1
    except TypeError as e:
        print(e)
