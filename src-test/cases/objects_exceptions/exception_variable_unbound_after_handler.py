# The `as` name is deleted when the handler ends, even if it existed before.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(err)
def keep():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return repr(saved)
print(keep())
