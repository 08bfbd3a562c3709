# gi_yieldfrom/cr_await are None while the generator runs (only a suspended delegation shows).
import inspect
def a():
    print("a running", inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)
    yield 1
    print("a again", gen_b.gi_yieldfrom)
def b():
    print("b start", gen_b.gi_yieldfrom)
    yield from a()
    print("b after", gen_b.gi_yieldfrom)
    yield 2
gen_b = b()
print(gen_b.gi_yieldfrom)
gen_b.send(None)
print(gen_b.gi_yieldfrom.gi_code.co_name)
gen_b.send(None)
print(gen_b.gi_yieldfrom)
[] = [x for x in gen_b]
print(gen_b.gi_yieldfrom, inspect.getgeneratorstate(gen_b))
import types
async def inner():
    await types.coroutine(lambda: (yield "tick"))()
async def outer():
    print("outer running", c.cr_await)
    await inner()
c = outer()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    print("done", c.cr_await)
