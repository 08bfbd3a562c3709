def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
