def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    f()
except* ValueError as eg:
    print("values", repr(eg))
except* TypeError as eg:
    print("types", eg.exceptions)
except* KeyError:
    print("keys")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("new", repr(eg))
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
