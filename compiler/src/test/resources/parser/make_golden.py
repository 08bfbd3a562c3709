#!/usr/bin/env python3
"""Writes the golden ASTs that AstGoldenTest compares the Java parser against.

Run with CPython 3.11 from this directory:  python3 make_golden.py [path/to/cpython-...-linux-x86_64.jar]

Outputs (committed with this script):
  golden_snippets.txt  one line per snippet: name TAB escaped source TAB canonical dump
  golden_stdlib.txt    one line per sampled stdlib file: path TAB sha256 of the canonical dump

The canonical dump is node type name + fields (CPython's _fields order, type_comment and
type_ignores left out) + '@lineno:col-end_lineno:end_col' with columns converted from UTF-8
bytes to code points, so it compares exactly with the Java AST (whose columns are code points).
Floats are written as the hex of their IEEE bits so both sides agree on every digit.
"""
import ast
import hashlib
import io
import os
import struct
import sys
import tokenize
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'org/bytedeco/cpython/linux-x86_64/lib/python3.11/'
LEAF_ENUMS = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)


def quote(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif o < 0x20 or 0x7f <= o < 0xa0 or 0xd800 <= o < 0xe000:
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class Dumper:
    def __init__(self, text):
        self.lines = [l.encode('utf-8', 'surrogatepass') for l in text.split('\n')]

    def cp(self, line, col):
        if line < 1 or line > len(self.lines):
            return col
        return len(self.lines[line - 1][:col].decode('utf-8', 'replace'))

    def dump(self, v):
        if isinstance(v, LEAF_ENUMS):
            return type(v).__name__
        if isinstance(v, ast.AST):
            parts = []
            for f in v._fields:
                if f in ('type_comment', 'type_ignores'):
                    continue
                parts.append(f + '=' + self.dump(getattr(v, f)))
            s = type(v).__name__ + '(' + ', '.join(parts) + ')'
            if getattr(v, 'lineno', None) is not None and 'lineno' in v._attributes:
                s += '@%d:%d-%d:%d' % (v.lineno, self.cp(v.lineno, v.col_offset),
                                       v.end_lineno, self.cp(v.end_lineno, v.end_col_offset))
            return s
        if isinstance(v, list):
            return '[' + ', '.join(self.dump(x) for x in v) + ']'
        if v is None:
            return 'None'
        if v is Ellipsis:
            return 'Ellipsis'
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return 'f:' + struct.pack('>d', v).hex()
        if isinstance(v, complex):
            return 'j:' + struct.pack('>d', v.imag).hex()
        if isinstance(v, str):
            return quote(v)
        if isinstance(v, bytes):
            return 'b:' + v.hex()
        raise TypeError(repr(v))


def canonical(text):
    return Dumper(text).dump(ast.parse(text))


def escape_source(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\r', '\\r')


SNIPPETS = [
    ('assignments', 'a = b = 1\nx, *y = z\n[p, (q, r)] = s\na.b[c] = d\nx += 1\ny: int = 2\n(z): str\nw.v: list\n'),
    ('del_global', 'def f():\n    global g\n    del a, b[0], c.d\n    del (e, f)\n'),
    ('nonlocal', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n'),
    ('operators', 'x = -a + b * c ** -d // e % f @ g - ~h\ny = a << 1 >> 2 & 3 | 4 ^ 5\n'),
    ('boolean_compare', 'r = not a and b or c\ns = a < b <= c == d != e > f >= g\nt = a is not b in c not in d is e\n'),
    ('ifexp_lambda', 'f = lambda: 0\ng = lambda a, b=1, *c, d, e=2, **k: a if b else c\nh = lambda a, /, b: a\n'),
    ('defs', 'def f(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.0, **kw) -> None:\n    pass\n'),
    ('posonly_kwonly', 'def g(a, /, *, b): ...\ndef h(*, a=1, b): ...\ndef i(**kw): return kw\n'),
    ('decorators', '@dec\n@dec2(1)\n@a.b[c]\ndef f(): pass\n\n@cls_dec\nclass C(B, metaclass=M, **kw):\n    x = 1\n'),
    ('async', 'async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    return [i async for i in a()]\n'),
    ('if_elif_else', 'if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    y = 2\nelse:\n    z = 3\n'),
    ('loops', 'for i, j in x:\n    break\nelse:\n    continue\nwhile (n := n - 1) > 0:\n    pass\nelse:\n    pass\nfor x in *a, *b:\n    pass\n'),
    ('try', 'try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept (A, B):\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n'),
    ('try_star', 'try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (A, B):\n    pass\n'),
    ('with', 'with a as b, c as (d, e):\n    pass\nwith (a as b, c):\n    pass\nwith (a, b):\n    pass\nwith (yield):\n    pass\n'),
    ('imports', 'import a, b.c as d\nfrom . import x\nfrom ..m import (y as z, w,)\nfrom ...p.q import *\nfrom .... import r\n'),
    ('calls', 'f(a, *b, c=1, **d)\nf(x for x in y)\nf(*a, *b, k=1, *c)\nf(a)(b)(c)\nprint("hi", end="")\n'),
    ('subscripts', 'a[1]\na[1:2]\na[::3]\na[1:2, ::3]\na[...]\na[*b]\na[b, *c]\na[:]\na[(x := 1)]\n'),
    ('displays', 'x = [1, 2, *a]\ny = (1,)\nz = ()\nw = {1, *b}\nv = {1: 2, **c, 3: 4}\nu = {}\nt = [*a, *b]\n'),
    ('comprehensions', 'a = [x for x in y if x if not x for z in x]\nb = {k: v for k, v in d.items()}\nc = {x for x in y}\nd = (x async for x in y)\n'),
    ('walrus', 'if (n := len(a)) > 10:\n    pass\nprint(y := 5)\n[y := 1, 2]\nfoo(x := 3, cat="vector")\n'),
    ('yield', 'def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from h()\n    y = yield a, b\n    await z\n'),
    ('star_return', 'def f():\n    return *a, b\n'),
    ('numbers', 'x = [0, 1_000, 0x_ff, 0o17, 0b1010, 1.5, 1e10, 1.5e-3, .5, 5., 1j, 1.5J, 0e0, 10**100, 0xFFFFFFFFFFFFFFFFFFFF]\n'),
    ('strings', 'a = "abc" \'def\'\nb = r"\\n\\t" "\\n\\t"\nc = b"\\x00\\xff" rb"\\d"\nd = u"kind"\ne = """tri\nple"""\nf = "\\N{BULLET} \\u00e9 \\U0001F600 \\101 \\x41"\n'),
    ('fstrings', 'a = f"x{y}z"\nb = f"{x!r:>{w}.{p}}"\nc = f"{x=}"\nd = f"{x = !s}"\ne = f"{x=:>10}"\nf = "a" f"{b}" "c"\ng = f"{{}}{a}{{"\nh = f""\n'),
    ('fstrings_nested', 'a = f"{f\'{x}\'}"\nb = f"{x:{y}}" f"{z}"\nc = f"""\n{a +\n b}"""\nd = f"{ x }"\ne = rf"\\{x}"\n'),
    ('unicode_cols', 's = "héllo wörld"; t = ünï + çödé\nu = "😀" + x\nv = f"{ä}😀{b}"\n'),
    ('match_literals', 'match x:\n    case 1 | -2 | 3.0 | 1+2j | -1-2j:\n        pass\n    case "a" "b" | b"c":\n        pass\n    case None | True | False:\n        pass\n'),
    ('match_structures', 'match p:\n    case [a, *rest]:\n        pass\n    case (a, b, *_):\n        pass\n    case {"k": v, **rest}:\n        pass\n    case Point(x=0, y=yy) | Point(1, 2):\n        pass\n    case a.b.C():\n        pass\n    case _:\n        pass\n'),
    ('match_as_guard', 'match command.split():\n    case [action] if action:\n        pass\n    case [("go" | "move") as verb, obj] as whole:\n        pass\n    case (x):\n        pass\n    case ():\n        pass\n    case []:\n        pass\n'),
    ('match_subject_tuple', 'match a, *b:\n    case x, y:\n        pass\n'),
    ('soft_keywords', 'match = 1\ncase = 2\n_ = 3\nmatch.x = match(case)\nprint(match, case, _)\nmatch[1]: int = 2\n'),
    ('class_body', 'class A:\n    """doc"""\n    def m(self):\n        return self.x\n    @property\n    def p(self): return 1\n'),
    ('assert_raise', 'assert x, "msg"\nassert y\nraise\nraise E\n'),
    ('continuation', 'x = 1 + \\\n    2\ny = (1 +\n     2)\nz = [\n    1,\n    2,\n]\n'),
    ('semicolons', 'a = 1; b = 2; c = 3;\nif x: y = 1; z = 2\n'),
    ('tabs_formfeed', 'if x:\n\tpass\n\x0c\nif y:\n        z = 1\n'),
    ('no_final_newline', 'x = 1\nif y:\n    pass'),
    ('comments_blank', '# comment\n\nx = 1  # trailing\n\n    # indented comment\ndef f():\n    # c\n\n    return 1\n'),
    ('starred_everywhere', '*a, b = c\na, *b = *c, d\nprint(*a)\nx = [*a]\n'),
    ('ellipsis_const', 'x = ...\ny = None\nz = True\nw = False\n'),
    ('genexp_parens', 'x = (i for i in range(3))\nsum(i for i in y)\nf((i for i in y), 1)\n'),
    ('lambda_in_args', 'sorted(x, key=lambda t: (t[1], -t[0]))\nf(lambda *a, **k: 0)\n'),
    ('annotations_star', 'def f(*args: *Ts): pass\nx: list[int]\n'),
    ('attr_chain', 'a.b.c(d).e[f].g\n(a).b\n(a + b).c\n'),
]


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
        '~/.m2/repository/org/bytedeco/cpython/3.11.3-1.5.9/cpython-3.11.3-1.5.9-linux-x86_64.jar')
    with open(os.path.join(HERE, 'golden_snippets.txt'), 'w', encoding='utf-8', newline='\n') as out:
        for name, src in SNIPPETS:
            out.write(name + '\t' + escape_source(src) + '\t' + canonical(src) + '\n')
    z = zipfile.ZipFile(jar)
    names = sorted(n for n in z.namelist() if n.startswith(PREFIX) and n.endswith('.py'))
    sample = names[::12]
    with open(os.path.join(HERE, 'golden_stdlib.txt'), 'w', encoding='utf-8', newline='\n') as out:
        for n in sample:
            data = z.read(n)
            try:
                enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                text = data.decode(enc)
                if text.startswith('\ufeff'):
                    text = text[1:]
                text = text.replace('\r\n', '\n').replace('\r', '\n')
                dump = canonical(text)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            out.write(n[len(PREFIX):] + '\t' + hashlib.sha256(dump.encode('utf-8', 'surrogatepass')).hexdigest() + '\n')


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--dump':
        with open(sys.argv[2], 'rb') as f:
            data = f.read()
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(enc).lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
        print(canonical(text))
    else:
        main()
