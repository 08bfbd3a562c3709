# gi_yieldfrom / cr_await / ag_await name the iterator a suspended yield from or await delegates
# to (None before, between and after delegations); cr_frame/ag_frame exist like gi_frame, so
# inspect.getcoroutinestate works.
import inspect
import types


def inner():
    yield 1
    yield 2
    return 'r'


def outer():
    yield 'before'
    r = yield from inner()
    yield ('after', r)


g = outer()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(next(g), g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom, g.gi_frame)

g = outer()
next(g)
next(g)
sub = g.gi_yieldfrom
try:
    g.throw(ValueError('boom'))
except ValueError as e:
    print('thrown through', e, g.gi_yieldfrom, inspect.getgeneratorstate(sub), inspect.getgeneratorstate(g))


def delegate_to_list():
    yield from [10, 20]


d = delegate_to_list()
print(next(d), type(d.gi_yieldfrom).__name__)


class Waiter:
    def __await__(self):
        yield 'waiting'
        return 5


@types.coroutine
def bare():
    yield 'bare'


async def leaf():
    return await Waiter()


async def main():
    a = await leaf()
    await bare()
    return a


c = main()
print(c.cr_await, inspect.getcoroutinestate(c), c.cr_frame is not None)
print(c.send(None), type(c.cr_await).__name__, inspect.getcoroutinestate(c))
inner_coro = c.cr_await
print(type(inner_coro.cr_await).__name__)
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value, c.cr_await, c.cr_frame, inspect.getcoroutinestate(c))


async def agen():
    yield 1
    await Waiter()
    yield 2


ag = agen()
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('first', e.value, ag.ag_await, ag.ag_frame is not None)
step = ag.__anext__()
print(step.send(None), type(ag.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print('second', e.value, ag.ag_await)
c2 = main()
c2.close()
print(inspect.getcoroutinestate(c2), c2.cr_frame)
