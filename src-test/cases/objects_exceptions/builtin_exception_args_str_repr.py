for e in [KeyError("k"), KeyError(), KeyError("a", "b"), ValueError("v"), ValueError(), IndexError(1, 2),
          StopIteration(5), SystemExit(3), Exception("x", 1), KeyError(("t",))]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
