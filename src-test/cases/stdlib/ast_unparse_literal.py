# ast.unparse round trips and ast.literal_eval with its errors.
import ast

sources = [
    "x = (1 + 2) * -3 ** 2",
    "def f(a, /, b=1, *c, d, e=2, **g):\n    return a if b else c",
    "class K(B, metaclass=M):\n    x: int = 3\n    async def m(self):\n        await self.n()",
    "print(f'{a!r:>{w}} and {b=}', 'plain', rb'raw')",
    "with a as (b, c), d:\n    del e[1:2], f.g",
    "lambda x, *y, **z: (x, y, z)",
    "a = {1: 2, **d}; b = {*s, 3}; c = [*l]",
    "try:\n    pass\nexcept E as e:\n    raise\nelse:\n    x = 1\nfinally:\n    y = 2",
    "for i in range(3):\n    if i:\n        continue\n    elif not i:\n        break\nelse:\n    pass",
    "x = yield\ny = not a and b or c\nz = a < b <= c is not d",
    "global q\nimport a.b as c\nfrom ...m import (n as o)",
]
for s in sources:
    out = ast.unparse(ast.parse(s))
    print(out)
    print("--")
    assert ast.dump(ast.parse(out)) == ast.dump(ast.parse(s)), s

for text in ["42", "-1.5", "1+2j", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "None", "True", "set()", "  7  ", "-(3)"]:
    print(repr(ast.literal_eval(text)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
for bad in ["x", "1 + x", "f()", "[1, a]", "{**d}", "2 ** 3"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" object at ")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
