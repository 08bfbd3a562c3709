class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, what):
        Exception.__init__(self, what + " not found")
        self.what = what

try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.what, e.args)
try:
    raise AppError("plain", 1)
except AppError as e:
    print(e, repr(e))
