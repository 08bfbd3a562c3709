# Subclasses: split builds parts with derive(), which a subclass can override to keep its type.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)

g = MyGroup("mine", [ValueError(1), TypeError(2)], code=7)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)

class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, repr(r))
print(repr(p.derive([KeyError()])), repr(p.derive([SystemExit()])))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)

class Base(BaseExceptionGroup):
    pass
print(type(Base("x", [ValueError()])).__name__, type(Base("x", [SystemExit()])).__name__)
try:
    Plain("x", [SystemExit()])
except TypeError as e:
    print(e)
