eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg.message, len(eg.exceptions), repr(eg), str(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("m", []), ("m", ValueError()), (1, [ValueError()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
d = eg.derive([KeyError(0)])
print(repr(d), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(lambda e: isinstance(e, ValueError))
print(repr(m))
print(repr(r))
