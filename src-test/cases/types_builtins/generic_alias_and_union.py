a = list[int]
print(a, a.__origin__, a.__args__)
print(dict[str, list[int]])
print(int | str, int | None, (int | str) | float)
print(isinstance(3, int | str), isinstance(3.0, int | str))
print(list[int]([1, 2]))
print(tuple[int, ...])
print(type[int])
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
