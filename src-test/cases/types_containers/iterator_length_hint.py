# __length_hint__ of the built-in iterators: items left, 0 when exhausted or after the container
# changed size (dict/set), as CPython; iterator types without one do not have the attribute.
import operator

def hints(it, steps):
    out = [it.__length_hint__()]
    for _ in range(steps):
        next(it, None)
        out.append(it.__length_hint__())
    return out

print('list', hints(iter([1, 2, 3]), 4))
print('tuple', hints(iter((1, 2)), 3))
print('str', hints(iter('abc'), 4))
print('reversed list', hints(reversed([1, 2, 3]), 4))
d = {1: 2, 3: 4, 5: 6}
print('dict keys', hints(iter(d), 4))
print('dict values', hints(iter(d.values()), 2))
print('dict items', hints(iter(d.items()), 1))
print('set', hints(iter({1, 2}), 3))
l = [1, 2, 3, 4]
it = iter(l)
next(it)
del l[2:]
print('list shrunk', it.__length_hint__())
l.extend([7, 8, 9])
print('list grown', it.__length_hint__())
it = iter(d)
next(it)
d[9] = 10
print('dict grown', it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
s.add(4)
print('set grown', it.__length_hint__())
print('operator', operator.length_hint(iter(range(0))), operator.length_hint(iter([5] * 7)), operator.length_hint(iter({}), 3))
print('callable_iterator has it', hasattr(iter(lambda: 1, 1), '__length_hint__'))
print('in dir', '__length_hint__' in dir(type(iter([]))), '__length_hint__' in dir(type(iter({}))))
print('type', type(iter([]).__length_hint__).__name__)
