class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        v = yield ("sleep", self.n)
        return v

async def child(x):
    r = await Sleep(x)
    return x * 10 + r

async def parent():
    a = await child(1)
    b = await child(2)
    return a + b

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
            print("request", req)
            value = req[1] * 100
        except StopIteration as e:
            return e.value

print(run(parent()))

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(0)
        return self.i

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, t, e, tb):
        print("aexit", t.__name__ if t else None)
        return True

async def main():
    total = 0
    async for v in AIter(3):
        total += v
    else:
        print("loop done")
    async with ACM() as c:
        print("inside", c)
        raise ValueError("suppressed")
    print("after with")
    return total

print(run(main()))
c = child(5)
print(type(c).__name__)
c.close()
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(e)
