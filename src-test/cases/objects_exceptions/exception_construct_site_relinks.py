# A call site constructing exceptions in a loop keeps CPython's semantics when __init__/__new__
# are added to the class or a base later (the site's direct construction is invalidated).
class Base(Exception):
    pass

class AppError(Base):
    pass

def make(i):
    return AppError(i, "x")

seen = []
for i in range(6):
    if i == 2:
        def init(self, *args):
            Exception.__init__(self, "init", *args)
            self.tag = "base-init"
        Base.__init__ = init
    if i == 4:
        def new(cls, *args):
            e = Exception.__new__(cls, "new")
            e.tag = "new"
            return e
        AppError.__new__ = new
        del Base.__init__
    e = make(i)
    seen.append((type(e).__name__, e.args, getattr(e, "tag", None)))
for s in seen:
    print(s)

def builtin(i):
    return ValueError(i), KeyError(i), StopIteration(i), SystemExit(i), OSError(2, "nf")
for i in range(3):
    v, k, s, x, o = builtin(i)
    print(repr(v), repr(k), str(k), s.value, x.code, type(o).__name__, o.errno, o.strerror)

class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a + b)
for i in range(3):
    print(WithInit(i).args, WithInit(i, b=10).args)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __call__(cls, *a):
        return "made by metaclass"
class MetaError(Exception, metaclass=Meta):
    pass
for i in range(2):
    print(MetaError(i))
