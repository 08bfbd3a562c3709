# mutable built-ins have __hash__ = None in their type dict, as CPython (collections.abc.Hashable reads it)
import collections.abc
for t in (list, dict, set, bytearray, tuple, frozenset, str, int):
    print(t.__name__, t.__dict__.get('__hash__', 'inherited') is None, t.__hash__ is None, issubclass(t, collections.abc.Hashable))
class L(list):
    pass
print(L.__hash__ is None, isinstance(L(), collections.abc.Hashable))
class HL(list):
    def __hash__(self): return 7
print(hash(HL()), isinstance(HL(), collections.abc.Hashable))
for v in ([], {}, set(), bytearray(), L()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
