def register(cls):
    cls.registered = True
    return cls
@register
class C:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return 7
print(C.registered, C.s(), C.c(), C().p)
