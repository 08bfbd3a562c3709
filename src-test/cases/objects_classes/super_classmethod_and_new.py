class A:
    @classmethod
    def make(cls, v):
        return ("A.make", cls.__name__, v)
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super(A, cls).__new__(cls)

class B(A):
    @classmethod
    def make(cls, v):
        return ("B",) + super(B, cls).make(v)
    def __new__(cls, *args):
        print("B.__new__", cls.__name__)
        return super(B, cls).__new__(cls, *args)
    def __init__(self, a, b):
        self.s = a + b

print(B.make(3))
b = B(1, 2)
print(type(b).__name__, b.s)
