# When __new__ returns an object that is not an instance of the class, __init__ is not called.
class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
        self.x = x
print(Weird(1).x, Weird(-1))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class NewArgs:
    pass
try:
    NewArgs(1)
except TypeError as e:
    print(e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    OnlyInit()
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
