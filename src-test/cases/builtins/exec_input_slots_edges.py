# exec/eval/compile with buffer sources and dict-subclass globals/builtins (name loads and stores
# through the mapping's own methods at module level), exec's default __builtins__ (a dict),
# input() over replaced sys streams (no flush needed, lost streams), dir() of a traceback, and
# type()'s __slots__ checks (identifiers, duplicate or inherited __weakref__).
print(eval(memoryview(b'1+1')), eval(bytearray(b'2')))
exec(memoryview(b'print(3)'))
print(type(compile(bytearray(b'x=1'), 'n', 'exec')).__name__, type(compile(memoryview(b'x=1'), 'n', 'exec')).__name__)
for src in (5, None, [1]):
    for f in (eval, exec):
        try: f(src)
        except TypeError as e: print(type(e).__name__, e)
    try: compile(src, 'n', 'exec')
    except TypeError as e: print(type(e).__name__, e)
class customdict(dict): pass
g = customdict()
exec("x = 5\ndef f(): return x + 1\ny = f()", g)
print(g['x'], g['y'], sorted(k for k in g if k != '__builtins__'))
exec("print(superglobal)", {'__builtins__': customdict({'superglobal': 1, 'print': print})})
try:
    exec("superglobal", {'__builtins__': customdict()})
except NameError as e: print("NameError", e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key): raise setonlyerror
try:
    exec("globalname", setonlydict({'globalname': 1}))
except setonlyerror: print("setonlyerror")
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, key, value): raise frozendict_error("frozendict is readonly")
try:
    exec("x=1", frozendict({}))
except frozendict_error as e: print("frozendict_error", e)
print(eval("a + 1", customdict(a=2)))
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
class Foo:
    def __dir__(self): return 7
try: dir(Foo())
except TypeError as e: print("TypeError", e)

import sys, io
class BitBucket:
    def write(self, line): pass
save_in, save_out = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO("1+1\nsecond\n    'ws'")
    sys.stdout = BitBucket()
    a = input(); b = input('prompt\n'); c = input()
    sys.stdout = save_out
    print(a, b, c)
    sys.stdin = io.StringIO()
    try: input()
    except EOFError as e: print("EOFError", e)
    f = io.StringIO("x"); f.close(); sys.stdin = f
    try: input()
    except ValueError as e: print("ValueError", e)
    sys.stdin = io.StringIO("a\n")
    try: input(42, 42)
    except TypeError as e: print("TypeError", e)
    del sys.stdout
    try: input('p')
    except RuntimeError as e: save_out.write("RuntimeError %s\n" % e)
    sys.stdout = save_out
    del sys.stdin
    try: input('p')
    except RuntimeError as e: print("RuntimeError", e)
finally:
    sys.stdin, sys.stdout = save_in, save_out
g = {}
exec("pass", g)
print(type(g["__builtins__"]).__name__)

class B: pass
for name, bases, ns in [('A', (), {'__slots__': b'x'}), ('A', (int,), {'__slots__': 'x'}), ('A', (), {'__slots__': ''}),
                        ('A', (), {'__slots__': '42'}), ('A', (), {'__slots__': 'x\x00y'}), ('A', (), {'__slots__': 'x', 'x': 0}),
                        ('A', (), {'__slots__': ('__dict__', '__dict__')}), ('A', (), {'__slots__': ('__weakref__', '__weakref__')}),
                        ('A', (B,), {'__slots__': '__dict__'}), ('A', (B,), {'__slots__': '__weakref__'}),
                        ('A', (int,), {'__slots__': ()}), ('A', (), {'__slots__': ['a', 'b']}), ('A', (), {'__slots__': [1]}),
                        ('A', (), {'__slots__': 'a b'}), ('A', (tuple,), {'__slots__': ('x',)}), ('A', (), {'__slots__': ('x', 'x')})]:
    try:
        t = type(name, bases, ns)
        print("ok", sorted(k for k in t.__dict__ if not k.startswith('__') or k in ('__dict__', '__weakref__')))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
