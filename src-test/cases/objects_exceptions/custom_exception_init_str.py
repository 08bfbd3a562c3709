# User exceptions with custom __init__/__str__: args, str, repr and attributes.
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
e = AppError(404, "not found")
print(e, repr(e), e.args, e.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
n = NoSuper(1, 2)
print(repr(n), n.args, str(n), n.total)
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), repr(Quiet("a", 2)), str(Quiet("a", 2)))
try:
    raise AppError(500)
except AppError as err:
    print(f"caught {err}")
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
