class Suspend:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend()
        return self
    async def __aexit__(self, et, ev, tb):
        await Suspend()
        print("exit with", et.__name__ if et else None)
        return self.suppress

async def main():
    async with CM(False) as cm:
        print("body", cm.suppress)
    try:
        async with CM(False):
            raise KeyError("boom")
    except KeyError as e:
        print("reraised", e)
    async with CM(True):
        raise KeyError("hidden")
    for i in range(3):
        async with CM(False):
            if i == 1:
                break
    return "done"

def run(c):
    ticks = 0
    while True:
        try:
            c.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(main()))
