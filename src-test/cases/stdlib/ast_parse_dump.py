# ast.parse gives CPython's node classes, fields and positions; ast.dump in its forms.
import ast

src = '''\
import os, sys as system
from . import x
from ..pkg.mod import (a as b, c)

@decorator(1)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> "ret":
    """doc"""
    global g
    x = y = [1, 2.5, 3j, b"by", ..., None, True]
    x += 1
    z: dict[str, int] = {}
    del z
    return (yield from g) if a else lambda q, *r: q

class C(Base, metaclass=M):
    async def m(self):
        async with a as b, c:
            async for i in range(3):
                await i
        return [i async for i in self if i]

while not x:
    break
else:
    continue
try:
    pass
except (E1, E2) as e:
    raise X from e
finally:
    pass
try:
    pass
except* Group:
    pass
finally:
    assert x, "msg"
with open("f") as fh: pass
s = {k: v for k, v in d.items() if k}
t = {a for a in b}, (g for g in h)
n = (w := 10) and a[1:2, ::3] or -b @ ~c
print(*args, **kwargs, sep="")
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree.body[3], include_attributes=True))
print(ast.dump(ast.parse("a if b else c", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1", mode="single"), indent="--"))
print(ast.dump(ast.parse("f(1, k=2)").body[0], annotate_fields=False))
print(type(tree).__name__, tree._fields, ast.Module._fields, ast.stmt._attributes)
print(ast.expr_context.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.BinOp.__match_args__, ast.Constant.kind, ast.arg.annotation, ast.expr.end_lineno)

# Positions are UTF-8 byte columns, as CPython's.
u = ast.parse("é = 'ü€' + 𝔘\n")
for node in ast.walk(u):
    if hasattr(node, "col_offset"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

# Multi-line nodes and ast.get_source_segment.
src2 = "def g(x,\n      y):\n    return (x +\n            y)\n"
t2 = ast.parse(src2)
ret = t2.body[0].body[0]
print(ret.lineno, ret.end_lineno, repr(ast.get_source_segment(src2, ret.value)))
print(repr(ast.get_source_segment(src2, ret.value, padded=True)))
print(ast.get_docstring(tree.body[3]))
