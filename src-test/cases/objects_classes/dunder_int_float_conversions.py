# int() and float() use __int__/__float__, falling back to __index__; bad results are TypeErrors.
class N:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
print(int(N()), float(N()))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
class BadFloat:
    def __float__(self):
        return 1
for f in [lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(object()), lambda: float(object())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
