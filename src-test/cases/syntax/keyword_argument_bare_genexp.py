# A keyword argument given a bare generator expression (CPython's invalid_kwarg rule): the hint
# "Maybe you meant '==' or ':=' instead of '='?" spans the name and the '='. Parenthesized, it is fine.
import traceback

sources = [
    'dict(a = i for i in range(10))',
    'f(a=1, b = i for i in x)',
    'f(b = i async for i in x)',
    'f(x, b=i for i in x if i)',
    'f(\n  key=\n    v for v in w)',
    'f(a.b=1)',
    'f(a=1 for)',
    'f(x for x in y, a=1)',
    'f(a=(i for i in x))',
    'f(*a, k=(v for v in a))',
]
for s in sources:
    try:
        compile(s, '<case>', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

try:
    exec('total = sum(start = n for n in range(3))')
except SyntaxError:
    traceback.print_exc(limit=0)
