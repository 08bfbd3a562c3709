# An unbound super(C) stored on a class binds to the instance it is read from (super.__get__);
# a subclass of super binds by calling itself.


class A:
    def meth(self, a):
        return "A(%r)" % a


class B(A):
    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)


B._B__super = super(B)
print(B().meth(1))


class autosuper(type):
    def __new__(metaclass, name, bases, dict):
        cls = super(autosuper, metaclass).__new__(metaclass, name, bases, dict)
        setattr(cls, "_%s__super" % name.lstrip("_"), super(cls))
        return cls


class P(metaclass=autosuper):
    def meth(self):
        return "P"


class Q(P):
    def meth(self):
        return "Q" + self.__super.meth()


class R(P):
    def meth(self):
        return "R" + self.__super.meth()


class S(R, Q):
    def meth(self):
        return "S" + self.__super.meth()


print(S().meth())


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class F(A):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(F().meth(6))
print(type(mysuper(F)).__name__, mysuper(F).__class__.__name__)
# accessed on the class itself, the unbound super stays unbound
print(F.__dict__["_F__super"].__get__(None, F) is F.__dict__["_F__super"])
print(type(F._F__super).__name__)
s = super(B)
print(s.__get__(B(), B).meth(2))
print(s.__get__(B()).__self_class__.__name__)
