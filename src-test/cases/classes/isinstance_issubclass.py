class A:
    pass

class B(A):
    pass

class C:
    pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(1, (str, int)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(bool, int))
print(issubclass(B, (C, A)))
print(type(b) is B, type(b) is A, type(b).__name__, B.__name__)
print(isinstance(A, type), type(A).__name__)
try:
    isinstance(b, 5)
except TypeError as e:
    print(e)
