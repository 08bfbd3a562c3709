# __set_name__ runs for each descriptor in definition order when the class is created.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class C:
    b = Named()
    a = Named()
    c = 5
print(C.a.name, C.b.name)
n = Named()
class D:
    pass
D.late = n
print(hasattr(n, "name"))
class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class E:
        x = Fails()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
