# dict: keys replaced during iteration, update from a dict a key mutates, setdefault hashing once,
# RecursionError for deeply nested container reprs, items-view comparisons by containment.
import sys
# keys replaced during iteration with the same size
for view in ('keys', 'values', 'items'):
    d = {0: 0}
    try:
        for x in getattr(d, view)():
            del d[0]; d[0] = 0
    except RuntimeError as e:
        print(view, 'RuntimeError', e)
d = {1: 1, 2: 2}
try:
    for k in d: d[3] = 3
except RuntimeError as e: print('RuntimeError', e)
d = {1: 1, 2: 2}
for k in d: d[k] = 5   # overwriting values is fine
print(d)
# update from a dict mutated by a key's __eq__
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear(); return False
other = {i: 0 for i in range(1, 50)}; other[X()] = 0
d = {X(): 0, 1: 1}
try: d.update(other)
except RuntimeError as e: print('RuntimeError', e)
d = {1: 1}; d.update(d); print(d)
# setdefault hashes and compares once
class Hashed:
    def __init__(self): self.h = self.e = 0
    def __hash__(self): self.h += 1; return 42
    def __eq__(self, other): self.e += 1; return self is other
a, b = Hashed(), Hashed()
y = {a: 5}
print(y.setdefault(b, []), a.h, b.h, a.e + b.e, y.setdefault(a, 'x'), a.h)
# repr of deeply nested containers
for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}, lambda x: {'k': [x]}):
    o = None
    for i in range(sys.getrecursionlimit() + 100): o = make(o)
    try: repr(o); print('no error')
    except RecursionError as e: print('RecursionError', e)
o = None
for i in range(8): o = [o, (o,)]
print(len(repr(o)))
# view comparisons use the views' containment: errors propagate, no hashing of values
class C:
    def __eq__(self, other): raise ValueError('eq')
d1, d2, d3 = {1: C()}, {1: C()}, {1: C(), 2: C()}
for f in (lambda: d1.items() == d2.items(), lambda: d1.items() != d2.items(), lambda: d1.items() <= d2.items(),
          lambda: d2.items() < d3.items(), lambda: d3.items() > d2.items(), lambda: d1.items() == d3.items()):
    try: print(f())
    except ValueError as e: print('ValueError', e)
print({1: []}.items() == {1: []}.items(), {1: [2]}.items() <= {1: [2], 2: 0}.items(), {1: 2}.items() == {(1, 2)},
      {(1, 2)} == {1: 2}.items(), {1, 2} >= {1: 0}.keys(), {1: 0}.keys() < {1, 2}, {1: 0}.keys() == [1])
