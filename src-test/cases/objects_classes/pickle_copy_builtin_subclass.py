# Instances of subclasses of built-in types pickle and copy with every protocol: copyreg finds
# the built-in base through type.__flags__' heap-type bit (protocols 0 and 1 rebuild through
# copyreg._reconstructor, which calls the base's __new__, never object.__new__).
import abc
import copy
import copyreg
import pickle

class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
class B(bytes): pass
class St(set): pass

values = [L([1, 2]), D(a=1), I(5), S("x"), F(1.5), T((1, 2)), B(b"ab"), St({3})]
for v in values:
    v.attr = [3]
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        w = pickle.loads(pickle.dumps(v, p))
        print(p, type(w).__name__, w, w.attr, w == v, type(w) is type(v))
    w = copy.copy(v)
    print("copy", type(w).__name__, w, w.attr, w.attr is v.attr)
    w = copy.deepcopy(v)
    print("deepcopy", type(w).__name__, w, w.attr, w.attr is v.attr)

r = L([1]).__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1])
print(copyreg._reconstructor(L, list, [7, 8]), type(copyreg._reconstructor(L, list, [7])).__name__)
for args in [(L, int, 5), (int, list, [1]), (L, object, None)]:
    try:
        copyreg._reconstructor(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError", e)

# the bits of __flags__ that describe a type
class A: pass
class Sl: __slots__ = ()
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
names = {4: "MANAGED_DICT", 5: "SEQUENCE", 6: "MAPPING", 8: "IMMUTABLE", 9: "HEAPTYPE", 10: "BASETYPE",
         12: "READY", 14: "GC", 20: "ABSTRACT", 22: "MATCH_SELF", 24: "INT", 25: "LIST", 26: "TUPLE",
         27: "BYTES", 28: "STR", 29: "DICT", 30: "BASE_EXC", 31: "TYPE"}
class E(ValueError): pass
class Tu(tuple): pass
for t in [object, int, bool, list, dict, tuple, str, bytes, type, BaseException, ValueError, float,
          A, Sl, I, L, D, Ab, abc.ABCMeta, E, Tu, S]:
    f = t.__flags__
    print(t.__name__, [names[i] for i in sorted(names) if f >> i & 1])
