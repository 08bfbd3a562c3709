class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def main():
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    out = []
    async for v in g:
        out.append(v)
    h = (y async for x in agen(2) for y in range(x + 1) if y)
    return out, [v async for v in h]
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(run(main()))
