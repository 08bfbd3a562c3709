# from __future__ import annotations (PEP 563): annotations of functions, module and class
# variables are never evaluated; they are stored as the source text CPython's unparser
# (ast_unparse.c) writes: its parentheses, spacing and constant reprs.
from __future__ import annotations

import typing


def f(a: Undefined, /, b: list[int] = [], *args: tuple[str, ...], c: "quoted" = 1, **kw: dict[str, Any]) -> Optional[Foo]:
    return a


print(f.__annotations__)
print(f(5))


def exprs(
    a1: a + b * c - d / e // f % g @ h,
    a2: (a + b) * c,
    a3: a ** b ** c,
    a4: (a ** b) ** c,
    a5: -a ** -b,
    a6: (-a) ** b,
    a7: not a and b or c,
    a8: not (a and b),
    a9: a if b else c if d else e,
    a10: (a if b else c) if d else e,
    a11: a < b <= c == d != e > f >= g is h is not i in j not in k,
    a12: (a < b) < c,
    a13: a | b ^ c & d << e >> f,
    a14: (a | b) & c,
    a15: ~a + +b - -c,
    a16: lambda: 0,
    a17: lambda x, y=1, *z, k, m=2, **w: x,
    a18: lambda *a: a,
    a19: lambda x, /, y: x,
    a20: {1: 2, **d, "k": [3, 4]},
    a21: {1, 2},
    a22: [x * 2 for x in range(3) if x if not x],
    a23: {k: v for k, v in items},
    a24: {x for x in y},
    a25: (x for x in y),
    a26: f(x for x in y),
    a27: f(a, *b, c=1, **d),
    a28: a.b.c,
    a29: (1).real,
    a30: 1.5.real,
    a31: a[1:2, ::3, 4:],
    a32: a[()],
    a33: a[1,],
    a34: (1,),
    a35: (),
    a36: (a, b),
    a37: [a, *b],
    a38: f"x{a!r:>{w}}{{lit}}{b=}",
    a39: b"\x00'" + "it's \"q\"\n",
    a40: 1e400 + 1e400j - 0.1 + 10 ** 20 + 0x10,
    a41: None | True | False | ...,
    a43: typing.Callable[[int, str], typing.Awaitable[None]],
    a44: "nested 'quotes'",
    a46: u"unicode",
    a47: a[b][c](d)(e).f,
    a48: f(*a)[b:c],
    a49: {**a},
    a50: {},
    a51: [],
):
    pass


for k, v in exprs.__annotations__.items():
    print(f"{k:4} {v}")

x: Undefined = 5
y: list[Undefined]
z: int
print(__annotations__, x)
obj = type("O", (), {})()
obj.attr: Undefined = 3
lst = [0]
lst[0]: Undefined = 9
print(obj.attr, lst)


class C:
    field: C
    other: dict[str, C] = {}
    __private: int

    def method(self, other: C, *, flag: bool = False) -> C:
        local: Undefined = 1
        return self


print(C.__annotations__, C.method.__annotations__, C.other)
print(typing.get_type_hints(C.method))


async def coro(x: Awaitable[int]) -> Coroutine: ...
print(coro.__annotations__)
try:
    typing.get_type_hints(f)
except NameError as e:
    print("NameError:", e)
print(f(b=[], a=1))
