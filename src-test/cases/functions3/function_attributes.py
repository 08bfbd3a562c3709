def f(a, b=1, *, c=2):
    "doc string"
    return a
print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
f.custom = 5
print(f.custom, f.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
