# A finally block entered by an exception runs with it as the exception being handled:
# exceptions raised there get it as __context__, sys.exc_info() shows it, and the previous
# state comes back on every exit path.
import sys

def raise_in_finally():
    try:
        raise ValueError("a")
    finally:
        print("in finally:", sys.exc_info()[0].__name__)
        raise KeyError("b")

try:
    raise_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
print("after:", sys.exc_info())

def normal_finally():
    try:
        pass
    finally:
        print("normal:", sys.exc_info())
normal_finally()

def handler_nested_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            try:
                raise TypeError("t")
            except TypeError as e2:
                print("inner ctx:", repr(e2.__context__), sys.exc_info()[0].__name__)
            print("after inner:", sys.exc_info()[0].__name__)
    except ValueError as e:
        print("caught:", repr(e), sys.exc_info()[0].__name__)
    print("end:", sys.exc_info())
handler_nested_in_finally()

def continue_in_finally():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            print("loop:", repr(sys.exc_info()[1]))
            continue
    print("loop end:", sys.exc_info())
continue_in_finally()

def break_in_finally():
    while True:
        try:
            raise ValueError("brk")
        finally:
            break
    return sys.exc_info()
print("break:", break_in_finally())

def return_in_finally():
    try:
        raise ValueError(1)
    finally:
        return repr(sys.exc_info()[1])
print("return:", return_in_finally(), sys.exc_info())

def bare_raise_in_finally():
    try:
        raise ValueError("again")
    finally:
        raise
try:
    bare_raise_in_finally()
except ValueError as e:
    print("bare raise:", repr(e), e.__context__)

def finally_inside_handler():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("x")
        finally:
            print("nested:", repr(sys.exc_info()[1]))
        print("unreached")
try:
    finally_inside_handler()
except ValueError as e:
    print(repr(e), repr(e.__context__))
print("final:", sys.exc_info())

def from_none_in_finally():
    try:
        raise ValueError("hidden")
    finally:
        raise RuntimeError("shown") from None
try:
    from_none_in_finally()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)

def builtin_error_in_finally():
    try:
        raise ValueError("first")
    finally:
        {}["missing"]
try:
    builtin_error_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
