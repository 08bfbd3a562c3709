class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % self.args
class Sub(AppError):
    pass
try:
    raise Sub(7, "broken")
except AppError as e:
    print(e, repr(e), e.code, e.args, type(e).__mro__[1].__name__)
raise Sub(9, "uncaught")
