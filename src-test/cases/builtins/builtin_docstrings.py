# Built-in functions, types and methods carry CPython's docstrings.
print(len.__doc__)
print(sorted.__doc__)
print(print.__doc__.splitlines()[0])
print(str.upper.__doc__, '|', 'x'.upper.__doc__, '|', [].append.__doc__)
print(int.__doc__.splitlines()[0], '|', str.__add__.__doc__, '|', dict.get.__doc__)
print(dict.fromkeys.__doc__, '|', {}.fromkeys.__doc__)
class D(dict):
    pass
print(D.fromkeys.__doc__, '|', D.get.__doc__)
print(ValueError.__doc__, '|', BaseException.__doc__, '|', object.__doc__)
print(int.from_bytes.__doc__.splitlines()[0], '|', float.hex.__doc__.splitlines()[0])
print(list.__doc__.splitlines()[0], '|', range.__doc__.splitlines()[0])

class C:
    pass
def f():
    "doc of f"
print(C.__doc__, (lambda: 0).__doc__, f.__doc__, C().__doc__, D.__doc__)
class E(ValueError):
    "my error"
print(E.__doc__, E('x').__doc__)
