# __bases__, __base__, __dict__ contents and type() of classes.
class A:
    x = 1
class B:
    pass
class C(A, B):
    y = 2
print(C.__bases__, C.__base__, A.__bases__, object.__bases__)
print("y" in C.__dict__, "x" in C.__dict__, C.__dict__["y"])
print(type(C), type(type), type(object), isinstance(C, type))
