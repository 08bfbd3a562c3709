import types
from collections.abc import Callable, Iterable

# attributes not answered by the alias itself come from the origin
print(list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].append is list.append)
print(list[int].__origin__, list[int].__args__, list[int].__parameters__)
try:
    list[int].__unpacked__
except AttributeError as e:
    print('AttributeError:', e)

# a type-variable-like object: anything with __typing_subst__
class Var:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return '~' + self.name
    def __typing_subst__(self, arg):
        return arg

T, U = Var('T'), Var('U')
a = dict[T, list[U]]
print(a, a.__parameters__)
print(a[str, int])
print(list[T][int], list[T][T])
try:
    a[int]
except TypeError as e:
    print('TypeError:', e)
try:
    list[int][str]
except TypeError as e:
    print('TypeError:', e)

# subclassing GenericAlias (what collections.abc does for Callable)
class MyAlias(types.GenericAlias):
    def __repr__(self):
        return 'MyAlias:' + super().__repr__()
m = MyAlias(tuple, (int, T))
print(m, type(m).__name__, m.__origin__, m.__parameters__, isinstance(m, types.GenericAlias))
print(types.GenericAlias(list, int) == list[int], types.GenericAlias(list, (int,)).__args__)

print(Callable[[int, str], float])
print(Callable[..., int].__args__)
print(Callable[[T], U][int, str])
print(Iterable[int], Iterable[T][bytes])

# __module__ of built-in (static) types comes from their declaration
print(int.__module__, type.__module__, types.GenericAlias.__module__, types.FunctionType.__module__)
try:
    (1).__module__
except AttributeError as e:
    print('AttributeError:', e)
