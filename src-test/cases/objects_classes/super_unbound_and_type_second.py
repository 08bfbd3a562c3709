class A:
    @classmethod
    def cm(cls):
        return cls.__name__
    def m(self):
        return "A.m"
class B(A):
    pass
print(super(B, B).cm())
print(super(B, B).m(B()))
print(super(B, B()).m())
print(super(A, B()).__class__.__name__)
print(super(B, B()).__self_class__.__name__, super(B, B()).__thisclass__.__name__)
