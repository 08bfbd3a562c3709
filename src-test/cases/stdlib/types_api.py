import types

def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass

print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(C().m, types.MethodType), isinstance(C.cm, types.MethodType))
print(isinstance(types, types.ModuleType), isinstance((x for x in []), types.GeneratorType))
print(type(C.__dict__["m"]) is types.FunctionType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(f.__code__, types.CodeType))
print(isinstance([].append, types.BuiltinMethodType))
print(types.MappingProxyType({"a": 1})["a"])
mp = types.MappingProxyType({"a": 1})
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)

m = types.ModuleType("mymod", "doc here")
m.x = 3
print(m.__name__, m.__doc__, m.x, repr(m))

bound = types.MethodType(lambda self, y: (self, y), "obj")
print(bound(1))

ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))

Dyn = types.new_class("Dyn", (object,), {}, lambda d: d.update({"v": 42}))
print(Dyn.__name__, Dyn().v)
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type})
print(meta, ns2, kw)
print(types.resolve_bases((int, str)))

class D:
    @types.DynamicClassAttribute
    def attr(self):
        return "instance"
print(D().attr)

@types.coroutine
def gen():
    yield 1
print(list(gen()))

print(types.GenericAlias(list, (int,)), types.UnionType)
print(type(int | str) is types.UnionType)
try:
    types.FunctionType()
except TypeError as e:
    print("TypeError")
def outer():
    x = 1
    def inner(): return x
    return inner
cl = outer().__closure__[0]
print(type(cl) is types.CellType, cl.cell_contents)
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
print(type(C.__dict__["cm"]), type(str.join) is types.MethodDescriptorType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.GetSetDescriptorType)
