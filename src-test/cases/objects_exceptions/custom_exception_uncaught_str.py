# An uncaught user exception prints its module-qualified name and __str__; a failing __str__ is reported.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
class Custom(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Custom()
except Custom as e:
    print(f"{type(e).__name__}: {e}")
raise Broken("x")
