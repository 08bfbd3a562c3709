# '__doc__' may be a slot (typing._SpecialForm does this): the class's default __doc__ must not conflict
class Form:
    __slots__ = ('_name', '__doc__')
    def __init__(self, name, doc):
        self._name = name
        self.__doc__ = doc
f = Form('x', 'the doc')
print(f.__doc__, f._name, type(Form.__dict__['__doc__']).__name__)
class Plain:
    __slots__ = ('a',)
print(Plain.__doc__)
class Documented:
    """Has a docstring."""
    __slots__ = ()
print(Documented.__doc__)
try:
    class Clash:
        """doc"""
        __slots__ = ('__doc__',)
except ValueError as e:
    print('ValueError', e)
