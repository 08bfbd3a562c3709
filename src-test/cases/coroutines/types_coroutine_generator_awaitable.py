import types
@types.coroutine
def sleep0():
    v = yield "sleep"
    return v
async def main():
    r = await sleep0()
    return r
c = main()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("done", e.value)
