# A metaclass __call__ controls instance creation (a singleton) and can skip __init__.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("init", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, type(Config).__name__)
class Skip(type):
    def __call__(cls, *args):
        return cls.__new__(cls)
class NoInit(metaclass=Skip):
    def __init__(self):
        print("never")
print(type(NoInit()).__name__)
