# __bool__ must return bool; __len__ must return a non-negative int; __len__ decides truth without __bool__.
class BoolInt:
    def __bool__(self):
        return 1
class BoolNone:
    def __bool__(self):
        return None
class LenNeg:
    def __len__(self):
        return -1
class LenStr:
    def __len__(self):
        return "3"
class LenBig:
    def __len__(self):
        return 2 ** 70
class LenZero:
    def __len__(self):
        return 0
class LenFloat:
    def __len__(self):
        return 1.0
print(bool(LenZero()), not LenZero(), "yes" if LenZero() else "no")
for obj in [BoolInt(), BoolNone(), LenNeg(), LenStr(), LenBig(), LenFloat()]:
    for f in (bool, len):
        try:
            print(type(obj).__name__, f.__name__, f(obj))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(obj).__name__, f.__name__, type(e).__name__, e)
try:
    if BoolInt():
        pass
except TypeError as e:
    print("if:", e)
try:
    len(5)
except TypeError as e:
    print(e)
class BoolNoneAttr:
    __bool__ = None
try:
    bool(BoolNoneAttr())
except TypeError as e:
    print(e)
