# A SimpleNamespace that contains itself (directly or through others) shows as namespace(...)
# where it recurs, as CPython's Py_ReprEnter; subclasses under their own name.
import types
ns1 = types.SimpleNamespace(c='cookie')
ns2 = types.SimpleNamespace()
ns3 = types.SimpleNamespace(x=1)
ns1.spam = ns1
ns2.spam = ns3
ns3.spam = ns2
print(repr(ns1))
print(repr(ns2), str(ns3))
class N(types.SimpleNamespace): pass
n = N(a=[1])
n.a.append(n)
n.me = n
print(repr(n))
print(repr(types.SimpleNamespace(l=[ns1])))
