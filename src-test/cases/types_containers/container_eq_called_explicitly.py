# dict.__eq__/tuple.__eq__/set.__eq__ called explicitly (OrderedDict does dict.__eq__(self, other))
from collections import OrderedDict
class D(dict):
    pass
print(dict.__eq__(D(a=1), {'a': 1}), dict.__eq__({'a': 1}, {'a': 2}), dict.__ne__({}, {}), dict.__eq__({}, []))
print(OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(tuple.__eq__((1,), (1,)), tuple.__ne__((1,), (2,)), tuple.__eq__((), []), set.__eq__({1}, frozenset([1])), frozenset.__ne__(frozenset(), set()), set.__eq__(set(), []))
