# __slots__ across inheritance; adding __dict__ to slots allows other attributes.
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
class WithDict(A):
    __slots__ = ("__dict__",)
class NoSlots(A):
    pass
b = B()
b.x, b.y = 1, 2
print(b.x, b.y, hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print(e)
w = WithDict()
w.x = 1
w.other = 2
print(w.x, w.__dict__)
n = NoSlots()
n.anything = 5
print(n.anything, n.__dict__)
try:
    A().x
except AttributeError as e:
    print(e)
print(type(A.x).__name__, A.x.__name__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().q = 1
except AttributeError as e:
    print(e)
