class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        got = yield i
        if got is not None:
            print("agen got", got)
    print("agen done")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hi"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    async def fails():
        yield 1
        raise ValueError("in agen")
    try:
        async for x in fails():
            print("x", x)
    except ValueError as e:
        print("caught", e)
    return "ok"

def run(c):
    ticks = 0
    while True:
        try:
            c.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
a = agen(1)
print(type(a).__name__, a.__name__)
