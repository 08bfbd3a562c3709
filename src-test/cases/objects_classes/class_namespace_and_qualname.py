# __name__, __qualname__, __module__ and __doc__ of nested classes and methods.
class Outer:
    "Outer doc"
    class Inner:
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().f().__qualname__)
print(Outer.Inner.__doc__, repr(Outer.Inner)[:22])
