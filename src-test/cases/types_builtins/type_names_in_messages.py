# Messages about an object's type quote CPython's tp_name: "module.name" for types that C modules
# define (collections.deque, _io.StringIO, re.Pattern, itertools.count, datetime.date), the bare
# name for built-ins and for classes written in Python.
import collections, io, re, itertools, datetime, array, struct

class Mine:
    pass

values = [collections.deque([1]), collections.defaultdict(int), io.StringIO(), io.BytesIO(), re.compile('a'),
          itertools.count(), itertools.chain(), datetime.date(2020, 1, 1),
          datetime.timedelta(1), array.array('b'), struct.Struct('i'), Mine(), 3, 'text', [], {}]

ops = [
    ('+ 1j', lambda v: v + 1j),
    ('len', lambda v: len(v)),
    ('[0]', lambda v: v[0]),
    ('[0] = 1', lambda v: v.__setitem__(0, 1) if hasattr(v, '__setitem__') else v.__class__.__setitem__),
    ('iter', lambda v: iter(v)),
    ('next', lambda v: next(v)),
    ('call', lambda v: v()),
    ('< None', lambda v: v < None),
    ('.nope', lambda v: v.nope),
    ('in', lambda v: 1 in v),
    ('index', lambda v: [1, 2][v]),
    ('with', lambda v: exec('with v: pass', {'v': v})),
    ('hash', lambda v: hash(v)),
]
for v in values:
    out = []
    for label, op in ops:
        try:
            op(v)
        except Exception as e:
            out.append(f'{label}: {type(e).__name__}: {e}')
    print(type(v).__name__, '|', ' || '.join(out))

try:
    collections.deque.nope
except AttributeError as e:
    print(e)
try:
    datetime.date.nope
except AttributeError as e:
    print(e)
print(repr(collections.deque), repr(datetime.date), datetime.date.__name__, itertools.count.__qualname__)
