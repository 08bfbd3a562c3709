# types.coroutine: a generator made after the function's __code__ was replaced has that code as
# gi_code (CO_ITERABLE_COROUTINE set), so a function returning it is not wrapped; a generator's
# __name__/__qualname__/gi_code/gi_frame read back as the same objects.
import types, inspect
def gen(): yield
print(gen().gi_code is gen.__code__)
types.coroutine(gen)
g = gen()
print(bool(g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE), g.gi_code is gen.__code__)
@types.coroutine
def gen2():
    yield
gencoro = gen2()
@types.coroutine
def foo():
    return gencoro
print(foo() is gencoro)
def gen_func():
    yield 1
    return (yield 2)
gg = gen_func()
@types.coroutine
def foo2():
    return gg
w = foo2()
for name in ('__name__', '__qualname__', 'gi_code', 'gi_running', 'gi_frame'):
    print(name, getattr(w, name) is getattr(gg, name))
n = "x" + str(len("ab"))
gg.__name__ = n
print(gg.__name__ is n)
def plain():
    yield 1
co = plain.__code__
plain.__code__ = co.replace(co_name="other")
p = plain()
print(p.gi_code is plain.__code__, p.gi_code.co_name, p.__name__, next(p))
f1 = p.gi_frame
print(f1 is p.gi_frame, f1.f_lineno)
