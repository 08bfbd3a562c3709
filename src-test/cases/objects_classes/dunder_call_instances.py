# __call__ makes instances callable; it is looked up on the type, not the instance.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
a = Adder(3)
print(a(4), a(1, times=3), callable(a), callable(Adder))
a.__call__ = lambda x: "instance attribute"
print(a(1))
try:
    object()()
except TypeError as e:
    print(e)
try:
    a()
except TypeError as e:
    print(e)
class Chain:
    def __call__(self):
        return self
print(Chain()()()().__class__.__name__)
