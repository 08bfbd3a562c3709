# A comparison method or __hash__ stored as a descriptor whose __get__ raises: comparisons treat it
# as absent (NotImplemented, identity for ==/!=), hash() calls the object unhashable; a descriptor
# that returns a callable works as the method. Other special methods let the error through.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
for i in range(3):
    print(E() == E(), E() != E())
    try:
        E() < E()
    except TypeError as e:
        print("TypeError", e)
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print("AttributeError", e)
class H:
    __hash__ = property(booh)
try:
    hash(H())
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e, e.__context__)
class G:
    @property
    def __eq__(self):
        return lambda other: "via property"
print(G() == 1, 1 == G())
