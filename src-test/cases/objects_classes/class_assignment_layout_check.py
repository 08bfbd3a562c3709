# obj.__class__ = C between plain classes is allowed only when the layouts agree (CPython's
# compatible_for_assignment): same __slots__ added along the MRO, both with or without __dict__.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))


class S1:
    __slots__ = ('x',)


class S2:
    __slots__ = ('x',)


class S3:
    __slots__ = ('y',)


class S4:
    __slots__ = ('x', 'y')


class WithDict:
    pass


class Sub1(S1):
    __slots__ = ()


class Sub1b(S1):
    __slots__ = ('z',)


s = S1()
s.x = 1
s.__class__ = S2
print(type(s).__name__, s.x)
for target in (S3, S4, WithDict, Sub1b, int, S2, Sub1):
    try:
        s.__class__ = target
        print('ok', type(s).__name__)
    except TypeError as e:
        print('TypeError', e)

w = WithDict()
w.v = 5
for target in (S1, A, B):
    try:
        w.__class__ = target
        print('ok', type(w).__name__, w.v)
    except TypeError as e:
        print('TypeError', e)
try:
    w.__class__ = 42
except TypeError as e:
    print('TypeError', e)
