class NoIter:
    def __await__(self):
        return 5

async def a():
    await NoIter()

async def b():
    return "b-result"

def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    except TypeError as e:
        return "TypeError: " + str(e)

print(drive(a()))
print(drive(b()))
c = b()
print(c.cr_running, c.__name__, c.__qualname__)
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
