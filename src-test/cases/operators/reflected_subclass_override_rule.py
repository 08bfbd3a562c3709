# A subclass's reflected method runs first only when the subclass overrides it (CPython's
# method_is_overloaded); against a built-in left operand any subclass's reflected method does.


class B(int):
    def __floordiv__(self, other):
        return "B.__floordiv__"

    def __rfloordiv__(self, other):
        return "B.__rfloordiv__"


print(B(1) // 1, 1 // B(1))


class C:
    def __floordiv__(self, other):
        return "C.__floordiv__"

    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"


class D(C):
    def __floordiv__(self, other):
        return "D.__floordiv__"

    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"


class E(C):
    pass


print(C() // 1, 1 // C())
print(D() // C(), C() // D())
print(E.__rfloordiv__ is C.__rfloordiv__)
print(E() // 1, 1 // E(), E() // C(), C() // E())


class F(C):
    __rfloordiv__ = lambda self, other: "F.__rfloordiv__"


print(C() // F())
for i in range(3):
    print(C() // E(), C() // D())


# A data descriptor without __get__ does not hide the instance's attribute on reads.
class SetOnly:
    def __init__(self, name):
        self.name = name

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


descr = SetOnly("a")


class X:
    a = descr


x = X()
print(x.a is descr)
x.a = 42
print(x.a)
for i in range(3):
    x.a = i
    print(x.a)
