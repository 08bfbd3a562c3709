# Built-in exception attributes: KeyError str, OSError fields, StopIteration.value, SystemExit.code, NameError.name.
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
e = OSError(13, "Permission denied", "/tmp/x")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
print(OSError("plain").errno, str(OSError(1, "x")), FileNotFoundError(2, "missing").errno)
print(StopIteration(5).value, SystemExit(4).code, SystemExit().code)
try:
    undefined_name
except NameError as n:
    print(n.name, n)
try:
    (1).nope
except AttributeError as a:
    print(a.name, a.obj)
print(UnicodeError.__mro__[1].__name__, issubclass(ModuleNotFoundError, ImportError))
