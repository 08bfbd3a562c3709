# Captures are stored only once the whole pattern matched; class and mapping patterns fetch every
# attribute/value before trying sub-patterns (MATCH_CLASS/MATCH_KEYS), with their run-time errors.
import collections

# names are bound only when the whole pattern matches
def f(x):
    match x:
        case ((a, b, 9) | (b, a, 10)):
            w = 0
    out = dict(locals()); del out['x']
    return out
for v in ([1, 2, 9], [1, 2, 10], [1, 2, 3], (5, 6, 7)):
    print(v, sorted(f(v).items()))

def g(x):
    match x:
        case [a, 1]: r = 'first'
        case [b, 2] if b > 0: r = 'guarded'
        case _: r = 'none'
    return sorted(k for k in locals() if k != 'x'), r
for v in ([0, 2], [5, 2], [5, 1], 'z'):
    print(v, g(v))

# class patterns: all attributes fetched before any sub-pattern, repeated names are TypeErrors
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class Logged:
    __match_args__ = ('a', 'b')
    def __getattr__(self, name):
        print('get', name)
        if name == 'c': raise AttributeError(name)
        return 1 if name == 'a' else 2
match Logged():
    case Logged(0, 2): print('no')
    case Logged(1, c=5): print('no')
    case Logged(1, 2, c=3): print('no')
    case _: print('fallthrough')
class Twice:
    __match_args__ = ('a', 'a')
    a = None
w = y = z = None
for pat in range(2):
    try:
        match Twice():
            case Twice(y, z) if pat == 0: w = 0
            case Twice(y, a=z): w = 1
    except TypeError as e:
        print('TypeError', e, w, y, z)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print('TypeError', e)
class NotStr:
    __match_args__ = (1,)
try:
    match NotStr():
        case NotStr(1): pass
except TypeError as e:
    print('TypeError', e)
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError', e)
match 5:
    case int(x): print('int self', x)
match Point(1, 2):
    case Point(x=1, y=yy): print('kw', yy)

# mapping patterns: len first, values fetched before sub-patterns, runtime duplicate keys
class Keys:
    KEY = 'a'
w = y = z = None
try:
    match {'a': 0, 'b': 1}:
        case {Keys.KEY: y, 'a': z}: w = 0
except ValueError as e:
    print('ValueError', e, w, y, z)
match {'a': 0}:
    case {'b': _, Keys.KEY: _}: print('no')
    case {'a': v, **rest}: print('rest', v, rest)
class LoggedMap(collections.UserDict):
    def get(self, k, default=None):
        print('get', k)
        return super().get(k, default)
    def __len__(self):
        print('len'); return super().__len__()
match LoggedMap({'a': 1, 'b': 2}):
    case {'a': 0, 'b': _}: print('no')
    case {'a': 1, 'b': bb, **kw}: print('yes', bb, kw)
match LoggedMap({'a': 1}):
    case {'a': 1, 'b': 2}: print('no')
    case {}: print('empty pattern matches any mapping')
