# Coroutines without an event loop, in the spirit of the classic "coroutines" and
# "generators" benchmarks: a recursive async-def Fibonacci driven by coro.send(None), awaitables
# with __await__ that yield to a tiny round-robin scheduler, and generator-based pipelines using
# send() and yield from. Prints the results.
import types


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


class Yield:
    """An awaitable that suspends the coroutine once, handing a value to the scheduler."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += await Yield((name, i))
    return total


def run_all(coros):
    results = {}
    ready = [(c, None) for c in coros]
    ticks = 0
    while ready:
        nxt = []
        for coro, value in ready:
            try:
                got = coro.send(value)
            except StopIteration as stop:
                results[coro.__name__ + str(len(results))] = stop.value
            else:
                ticks += 1
                nxt.append((coro, got[1] * 2 + 1))
        ready = nxt
    return ticks, results


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, total
        total += value
        count += 1
        average = total / count


def delegate(results):
    while True:
        result = yield from averager()
        results.append(result)


@types.coroutine
def legacy_sleep():
    yield "legacy"


async def uses_legacy():
    await legacy_sleep()
    return "done"


def main():
    coro = fibonacci(27)
    try:
        coro.send(None)
    except StopIteration as stop:
        print("fib", stop.value)
    ticks, results = run_all([worker("w%d" % k, 2000 + k * 500) for k in range(80)])
    print("ticks", ticks, "sum", sum(results.values()))
    results = []
    group = delegate(results)
    next(group)
    for k in range(200):
        for v in range(k, k + 500):
            group.send(v)
        group.send(None)
    print("groups", len(results), results[-1], sum(c for c, _ in results))
    c = uses_legacy()
    print(c.send(None))
    try:
        c.send(None)
    except StopIteration as e:
        print("stop", e.value)


main()
