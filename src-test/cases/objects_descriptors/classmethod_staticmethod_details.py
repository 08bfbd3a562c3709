# classmethod binds the class (also through instances and subclasses); staticmethod binds nothing.
class Base:
    count = 0
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Base):
    pass
print(Base.make(1), Sub.make(), Sub().make(2))
print(Base.helper(3), Sub().helper(4), Base.__dict__["helper"].__func__(5))
cm = Base.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, Sub)())
sm = staticmethod(len)
print(sm("abc"), callable(sm))
class Counter:
    n = 0
    @classmethod
    def incr(cls):
        cls.n += 1
        return cls.n
class Child(Counter):
    pass
print(Counter.incr(), Child.incr(), Child.incr(), Counter.n, Child.n)
