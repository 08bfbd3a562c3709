# aiter()/anext() builtins: async generators and classes with __anext__, anext with a default
# (an anext_awaitable), their TypeErrors; plus @asynccontextmanager, which awaits anext().
import contextlib
import asyncio
async def agen():
    yield 1
    yield 2
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n * 10
async def main():
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "done"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    it = aiter(AIt())
    print(await anext(it), await anext(it, None), await anext(it, "end"), await anext(it, "end"))
    try: aiter(1)
    except TypeError as e: print(e)
    try: anext(1)
    except TypeError as e: print(e)
    class Bad:
        def __aiter__(self): return 1
    try: aiter(Bad())
    except TypeError as e: print(e)
    print(type(anext(agen(), 1)).__name__)
asyncio.run(main())

@contextlib.asynccontextmanager
async def acm(tag):
    print("enter", tag)
    try:
        yield tag.upper()
    finally:
        print("exit", tag)

async def use_acm():
    async with acm("a") as a, acm("b") as b:
        print(a, b)
    try:
        async with acm("c"):
            raise KeyError("inside")
    except KeyError as e:
        print("caught", e)

asyncio.run(use_acm())
