def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d, d.pop('c'), d.pop('z', 'dflt'), d)
d.update({'x': 9}, y=8); d.update([('z', 7)])
print(d, list(d.keys()), list(d.values()), list(d.items()), d.copy(), len(d))
print(d.popitem(), d.popitem(), d, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
check(lambda: {}.pop('k'))
check(lambda: {}.popitem())
check(lambda: {}['missing'])
check(lambda: {}.update(1))
check(lambda: {}.update([1]))
check(lambda: {}.update([(1, 2, 3)]))
check(lambda: {[]: 1})
