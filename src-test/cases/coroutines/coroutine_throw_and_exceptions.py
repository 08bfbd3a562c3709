class Suspend:
    def __await__(self):
        yield "suspended"

async def worker():
    try:
        await Suspend()
    except KeyError as e:
        print("worker caught", e)
        return "recovered"

c = worker()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

async def fails():
    await Suspend()
    raise ValueError("inside coroutine")

f = fails()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print("propagated", e)
