# Without an instance dict, assigning or deleting a name the class defines is 'read-only';
# object.__init__/__new__ excess-argument messages name the class as CPython's.
class B:
    y = 0
    __slots__ = ('z',)
for f in (lambda: delattr(B(), 'y'), lambda: setattr(B(), 'y', 0), lambda: B().x, lambda: setattr(B(), 'x', 0), lambda: B().z, lambda: delattr(B(), 'z')):
    try:
        f()
    except AttributeError as e:
        print(e)
for i in range(3):
    try:
        B().y = i
    except AttributeError as e:
        print(e)
try:
    object().foo = 1
except AttributeError as e:
    print(e)
try:
    object().__class__ = 1
except TypeError as e:
    print(e)
try:
    object().__str__ = 1
except AttributeError as e:
    print(e)
class C: pass
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42), lambda: E().__init__(42), lambda: object.__init__(E(), 42)):
    try: f()
    except TypeError as e: print(e)
