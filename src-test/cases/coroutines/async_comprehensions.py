class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3) if x}
    c = [await double(v) for v in range(3)]
    d = [y for x in range(2) async for y in agen(x + 1)]
    return a, b, c, d
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(run(main()))
