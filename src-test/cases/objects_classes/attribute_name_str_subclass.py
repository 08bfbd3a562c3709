# getattr/setattr/delattr/hasattr and object.__getattribute__ take a str subclass instance as the name.
class S(str): pass
class Foo:
    def __init__(self): self.msg = 'hi'
f = Foo()
print(getattr(f, S('msg')), hasattr(f, S('msg')), hasattr(f, S('nope')))
setattr(f, S('x'), 1); print(f.x, sorted(f.__dict__))
delattr(f, S('x')); print(hasattr(f, 'x'))
try: delattr(f, S('x'))
except AttributeError as e: print('AttributeError', e)
print(getattr(f, S('zz'), 'default'))
try: getattr(f, 5)
except TypeError as e: print('TypeError', e)
try: setattr(f, b'x', 1)
except TypeError as e: print('TypeError', e)
print(object.__getattribute__(f, S('msg')))
object.__setattr__(f, S('y'), 2); print(f.y)
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam': return 42
        raise AttributeError
import copyreg
print(A().__reduce_ex__(2)[2])
class B:
    __slots__ = ('p',)
print(getattr(B, S('p')).__name__)
print(super(Foo, f).__getattribute__(S('msg')))
