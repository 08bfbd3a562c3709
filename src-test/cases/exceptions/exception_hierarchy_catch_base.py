for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), ValueError("v"), TypeError("t")]:
    try:
        raise exc
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__)
    except LookupError as e:
        print("LookupError", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(Exception, BaseException))
