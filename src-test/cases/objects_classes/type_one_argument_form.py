# Only type itself has the one-argument form; a metaclass's call and type.__new__ count their
# arguments as CPython's type_new ("takes exactly 3 arguments (N given)"), type() as type_call.
class M(type): pass
for f in [lambda: type.__new__(type, 5), lambda: M(5), lambda: M(), lambda: M(1, 2), lambda: M('a', (), {}, 4),
          lambda: type.__new__(M, 5), lambda: type.__new__(M), lambda: type(), lambda: type(1, 2),
          lambda: type('a', (), {}, 4), lambda: type.__new__(type, 'a', (), {}, 4)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(type(5), M('X', (), {}))
try:
    type(5, x=1)
except TypeError as e:
    print("TypeError", e)
