# '__doc__' may be a slot of a class without a docstring (typing's _SpecialForm does this);
# with a docstring it conflicts with the class variable.
class Special:
    __slots__ = ('_name', '__doc__')

    def __init__(self, name, doc):
        self._name = name
        self.__doc__ = doc

s = Special('Any', 'Special type indicating an unconstrained type.')
print(s._name, '|', s.__doc__)
print(type(Special.__dict__['__doc__']).__name__)
try:
    Special('x', 'y').other = 1
except AttributeError as e:
    print('AttributeError:', e)

try:
    class WithDoc:
        'a docstring'
        __slots__ = ('__doc__',)
except ValueError as e:
    print('ValueError:', e)

class Plain:
    __slots__ = ()
print(Plain.__doc__, '__doc__' in Plain.__dict__)
