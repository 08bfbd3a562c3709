# split/subgroup recurse into nested groups, keep the shape and copy the group's metadata.
def show(x):
    return "None" if x is None else repr(x)

inner = ExceptionGroup("inner", [TypeError("t"), ValueError("v"), KeyError("k")])
eg = ExceptionGroup("outer", [ValueError(1), inner, OSError("os")])
for matcher in [ValueError, (KeyError, OSError), LookupError, Exception, ExceptionGroup, ZeroDivisionError]:
    m, r = eg.split(matcher)
    print(matcher if not isinstance(matcher, tuple) else "tuple", show(m), show(r), sep="\n  ")
print(show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print(show(eg.subgroup(lambda e: False)))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg)
seen = []
eg.split(lambda e: seen.append(type(e).__name__))
print(seen)

# the parts carry the original's traceback, cause, context and a copy of its notes
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__),
              part.__traceback__ is caught.__traceback__, part.__notes__,
              part.__notes__ is caught.__notes__, part.__suppress_context__)
