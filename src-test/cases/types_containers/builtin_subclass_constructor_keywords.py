# A built-in constructor that takes no keywords ignores them when a subclass overrides the other
# half of construction (tuple.__new__ under an overridden __init__, list.__init__ under an
# overridden __new__); the error names the type ("list() takes no keyword arguments").
def t(f):
    try:
        r = f()
        print(type(r).__name__, r, getattr(r, 'newarg', None))
    except Exception as e:
        print(type(e).__name__, e)


for base, arg in ((list, [1, 2]), (tuple, [1, 2]), (float, 2.5), (frozenset, [1])):
    class subclass(base):
        pass

    class subclass_with_init(base):
        def __init__(self, arg, newarg=None):
            if base is list:
                super().__init__(arg)
            self.newarg = newarg

    class subclass_with_new(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self

    print(base.__name__)
    t(lambda: subclass(arg))
    t(lambda: subclass(sequence=()))
    t(lambda: base(x=1))
    t(lambda: subclass_with_init(arg, newarg=3))
    t(lambda: subclass_with_new(arg, newarg=3))
