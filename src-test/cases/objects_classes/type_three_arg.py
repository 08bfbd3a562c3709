def hello(self):
    return "hi from " + type(self).__name__
Base = type("Base", (), {"hello": hello, "x": 1})
Derived = type("Derived", (Base,), {"y": 2})
d = Derived()
print(d.hello(), d.x, d.y)
print(Derived.__name__, Derived.__bases__[0].__name__, Derived.__qualname__)
print(type(Derived) is type)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type("X", (), [])
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
