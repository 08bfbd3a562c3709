# message and exceptions are read-only; args keeps the sequence as given; __init__ only resets args.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, eg.__dict__)
for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, 3)
    except AttributeError as e:
        print("set", name, e)
    try:
        delattr(eg, name)
    except AttributeError as e:
        print("del", name, e)
eg.__init__("other", [KeyError()])
print(eg.args, eg.message, eg.exceptions)
eg.custom = 5
print(eg.custom, eg.__dict__)
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("a\nb", [ValueError(), ValueError()])))
print(repr(ExceptionGroup("", (OSError(2, "nope"),))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(isinstance(ExceptionGroup("x", [ValueError()]), (Exception, BaseExceptionGroup)))
print(isinstance(BaseExceptionGroup("x", [KeyboardInterrupt()]), Exception))
