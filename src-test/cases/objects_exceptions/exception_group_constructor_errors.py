# BaseExceptionGroup.__new__ checks its arguments with CPython's messages.
def attempt(make):
    try:
        r = make()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=3))
attempt(lambda: ExceptionGroup("m", [ValueError(), 5]))
attempt(lambda: ExceptionGroup("m", (ValueError(),)))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", {1: ValueError()}))
attempt(lambda: ExceptionGroup("m", [ValueError]))
attempt(lambda: ExceptionGroup(1.5, [ValueError()]))
attempt(lambda: ExceptionGroup(None, [ValueError()]))
attempt(lambda: BaseExceptionGroup("m", []))
attempt(lambda: BaseExceptionGroup("m", [SystemExit(2), ValueError()]))
attempt(lambda: ExceptionGroup("m", [ValueError(), GeneratorExit()]))
attempt(lambda: BaseExceptionGroup.__new__(ExceptionGroup, "a", [ValueError()]))
