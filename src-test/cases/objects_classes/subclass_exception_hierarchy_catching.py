# Exception subclass hierarchies: handlers match base classes; __mro__ and issubclass agree.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class Timeout(DbError, TimeoutError):
    pass
for exc in (AppError(), DbError(), Timeout()):
    try:
        raise exc
    except TimeoutError:
        print("timeout", type(exc).__name__)
    except DbError:
        print("db", type(exc).__name__)
    except AppError:
        print("app", type(exc).__name__)
print([c.__name__ for c in Timeout.__mro__])
print(issubclass(Timeout, OSError), isinstance(Timeout(), AppError))
