# __context__ chains with cycles made by assigning __context__: raising (a raise statement or a
# built-in) while such a chain is handled terminates, as CPython's cycle check does (issue 25782).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as got:
    print(got is e, e.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)
# a built-in raising while such a chain is handled
try:
    try:
        raise A()
    except A as x:
        x.__context__ = x
        {}["k"]
except KeyError as k:
    print(repr(k), type(k.__context__).__name__)
# re-raising an exception that is already in the chain cuts the link
try:
    try:
        raise A("outer")
    except A as outer:
        try:
            raise B("inner")
        except B:
            raise outer
except A as r:
    print(repr(r), repr(r.__context__), r.__context__.__context__)
