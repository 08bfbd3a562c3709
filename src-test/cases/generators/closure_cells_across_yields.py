# Generators that read and write closure cells across yields: free variables of an enclosing
# function, their own locals captured by inner functions, nonlocal writes, del and unbound cells.
import asyncio

def outer(n):
    total = 0
    step = 2
    def gen():
        nonlocal total
        for i in range(n):
            total += i * step
            yield total
        yield ('done', total)
    return gen, lambda: total

g, peek = outer(5)
it = g()
print(next(it), peek())
print(list(it), peek())

def captures(a, *rest, k=10):
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    yield bump()
    yield bump(k)
    fs = [lambda: a + x for x in rest]
    yield [f() for f in fs]
    class Local:
        def get(self):
            return (a, count, k)
    yield Local().get()
    count = 100
    yield bump(), sorted(locals())
    yield sum(x * count for x in rest)

print(list(captures(1, 2, 3)))

def unbound_cell():
    yield 'start'
    def show():
        return value
    try:
        show()
    except NameError as e:
        yield type(e).__name__ + ': ' + str(e)
    value = 'set'
    yield show()
    del value
    try:
        yield show()
    except NameError as e:
        yield type(e).__name__ + ': ' + str(e)

print(list(unbound_cell()))

def free_unbound():
    def g():
        yield 1
        yield later
    it = g()
    print(next(it))
    try:
        next(it)
    except NameError as e:
        print(type(e).__name__ + ':', e)
    later = 'bound now'
    print(list(g()))

free_unbound()

def many_free():
    a, b, c, d, e, f, h, i, j, k2, l, m = range(12)
    def gen(seq):
        for s in seq:
            if s % 3 == 0:
                yield a + b + c
            elif s % 3 == 1:
                yield from (x + d + e for x in (f, h))
            else:
                yield i * j + k2 - l + m
    return gen

print(list(many_free()(range(7))))

def make_agen(limit):
    seen = []
    async def agen():
        for i in range(limit):
            seen.append(i)
            yield i * i
            await asyncio.sleep(0)
    return agen, seen

async def main():
    agen, seen = make_agen(4)
    out = [v async for v in agen()]
    print(out, seen)

asyncio.run(main())

def send_through():
    acc = []
    def add(v):
        acc.append(v)
        return len(acc)
    while True:
        v = yield len(acc)
        if v is None:
            break
        add(v)
    yield acc

s = send_through()
print(next(s), s.send('a'), s.send('b'), s.send(None))
