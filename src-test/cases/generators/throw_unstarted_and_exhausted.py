# throw() into a generator/coroutine that never started: the exception is raised in the new
# frame (its traceback entry is at co_firstlineno, the first decorator's line), and a
# StopIteration thrown in becomes RuntimeError (PEP 479). A finished coroutine cannot be resumed;
# a StopAsyncIteration escaping an async generator's body is a RuntimeError (PEP 525).
import asyncio
import traceback


def deco(f):
    return f


def plain():
    yield 1


@deco
def decorated():
    yield 1


@deco
class K:
    pass


print(plain.__code__.co_firstlineno, decorated.__code__.co_firstlineno)

for gen in (plain, decorated):
    for exc in (ValueError("v"), StopIteration(5), KeyboardInterrupt()):
        g = gen()
        try:
            g.throw(exc)
        except BaseException as e:
            print(gen.__name__, type(e).__name__, e, repr(e.__cause__))
            print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
        print("after throw:", g.gi_frame, next(g, "exhausted"))

# an exhausted generator re-raises what is thrown in, and stays exhausted on send
g = plain()
print(list(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)


async def coro():
    return 42


c = coro()
try:
    c.throw(IndexError("i"))
except IndexError as e:
    print("IndexError", e)
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
for action in ("send", "throw", "close"):
    try:
        if action == "send":
            c.send(None)
        elif action == "throw":
            c.throw(ValueError("x"))
        else:
            print("close ->", c.close())
    except BaseException as e:
        print(action, type(e).__name__, e)
c2 = coro()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("closed coroutine:", e)


async def await_twice():
    inner = coro()
    print("first await", await inner)
    try:
        await inner
    except RuntimeError as e:
        print("second await:", e)


async def agen(raise_what):
    yield 1
    raise raise_what


async def consume():
    for what in (StopAsyncIteration("s"), StopIteration("t"), ValueError("u")):
        try:
            async for x in agen(what):
                print("got", x)
        except BaseException as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__))


asyncio.run(await_twice())
asyncio.run(consume())
decorated().throw(TypeError("uncaught"))
