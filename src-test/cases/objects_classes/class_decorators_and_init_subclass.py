# Class decorators run after the class is made; __init_subclass__ receives class keywords.
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
class Plugin:
    def __init_subclass__(cls, /, kind="default", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        print("init_subclass", cls.__name__, kind)
@register
class A(Plugin, kind="audio"):
    pass
@register
class B(Plugin):
    pass
print(registry, A.kind, B.kind, A.registered)
try:
    class C(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
def replace(cls):
    return 42
@replace
class Gone:
    pass
print(Gone)
