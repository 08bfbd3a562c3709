# dir() lists instance, class and base attributes, sorted.
class A:
    a = 1
    def m(self):
        pass
class B(A):
    __slots__ = ("s",)
    b = 2
obj = B()
obj.s = 1
names = [n for n in dir(obj) if not n.startswith("__")]
print(names)
print("__init__" in dir(obj), "mro" in dir(B), "mro" in dir(obj))
