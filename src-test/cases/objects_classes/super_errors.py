class A:
    pass
class B(A):
    pass
class X:
    pass

try:
    super(B, X())
except TypeError as e:
    print(e)
try:
    super(1, B())
except TypeError as e:
    print(e)
try:
    super(B, B()).foo
except AttributeError as e:
    print(e)
s = super(B)
print(type(s).__name__)
print(super(B, B).__init__ is object.__init__ or True)
print(repr(super(B, B())).startswith("<super: <class 'B'>, <B object"))
print(repr(super(B)))
