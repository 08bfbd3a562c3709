# Which built-in types may be subclassed, and CPython's error for the ones that may not.
import types
allowed = [bytes, bytearray, complex, float, frozenset, tuple, int, str, list, dict, set,
           object, Exception, type, property, classmethod, staticmethod, super]
forbidden = [bool, range, slice, memoryview, type(None), type(NotImplemented), type(Ellipsis),
             types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.GeneratorType,
             types.CodeType, types.MappingProxyType, type({}.keys()), type(iter([]))]
for base in allowed:
    class S(base):
        pass
    print(base.__name__, "subclassable:", S.__mro__[1] is base)
for base in forbidden:
    try:
        class S(base):
            pass
        print(base.__name__, "unexpectedly subclassable")
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (int, bool), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Y", (slice,), {})
except TypeError as e:
    print("TypeError:", e)
