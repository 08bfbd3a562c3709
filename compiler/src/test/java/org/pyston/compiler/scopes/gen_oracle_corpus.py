#!/usr/bin/env python3
"""Generates OracleCorpus.java: Python snippets, their ASTs as Java constructor calls, and what
CPython 3.11 (the oracle) says about their scopes (symtable + code objects) or the SyntaxError it
raises. Run with python3.11 from this directory:  python3 gen_oracle_corpus.py > OracleCorpus.java
Edit CASES below to add a case; never edit the generated file by hand."""
import ast, symtable, sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

CASES = [
 # closures
 "def f(a):\n  def g():\n    return a\n  return g",
 "def f():\n  x = 1\n  def g():\n    def h():\n      return x\n    return h\n  return g",
 "def f():\n  fs = []\n  for i in range(3):\n    fs.append(lambda: i)\n  return fs",
 "def f():\n  x = 0\n  def inc():\n    nonlocal x\n    x += 1\n    return x\n  return inc",
 "x = 1\ndef f():\n  global x\n  x = 2\n  def g():\n    return x\n  return g",
 "def f(a, /, b, *args, c, d=1, **kw):\n  e = a + b\n  return e",
 "def f(x):\n  def g():\n    x = 2\n    return x\n  return g() + x",
 # class scopes
 "def f():\n  y = 1\n  class C:\n    y = 2\n    def m(self):\n      return y\n  return C",
 "def f():\n  x = 1\n  class C:\n    z = x\n  return C",
 "class C:\n  def m(self):\n    return super().m()\n",
 "class C:\n  def m(self):\n    return __class__\n",
 "class C:\n  def m(self):\n    return lambda: super()\n",
 "class C:\n  a = 1\n  b = [a for _ in range(3)]\n",
 "def f():\n  y = 1\n  class C:\n    nonlocal y\n    y = 2\n  return y",
 "class C:\n  __x = 1\n  def __m(self, __p):\n    return self.__x + __p\n  class __D:\n    pass\n",
 "def f():\n  class C:\n    def m(self):\n      def g():\n        return 1\n      return g\n  return C",
 "class C:\n  global g\n  def g(self): pass\n",
 "def f():\n  global G\n  def G():\n    pass\n  class H: pass\n  return H",
 # comprehensions
 "def f(xs):\n  return [x * y for x in xs for y in x if y]",
 "def f(xs, n):\n  return {k: v + n for k, v in xs}",
 "def f(xs):\n  return [(y := x) for x in xs], y",
 "[(last := x) for x in range(3)]\nprint(last)",
 "def f(xs):\n  return [[(z := y) for y in x] for x in xs]",
 "def f():\n  return (x for x in range(3))",
 "def f(xs):\n  return [x for x in xs if [x for x in x]]",
 "def f():\n  return [lambda: x for x in range(3)]",
 "def f(xs):\n  ys = [1]\n  return [y for x in xs for y in ys]",
 # generators, coroutines
 "def g():\n  yield 1",
 "def g():\n  x = yield from range(3)\n  return x",
 "async def c(x):\n  return await x",
 "async def ag():\n  yield 1",
 "async def c(xs):\n  return [await x for x in xs]",
 "async def c(xs):\n  return (x async for x in xs)",
 "async def c(xs):\n  async for x in xs:\n    pass\n  async with xs as y:\n    pass",
 "def f():\n  return lambda: (yield)",
 # binding forms
 "def f():\n  import os.path\n  import a.b as c\n  from m import n as o, p\n  return os, c, o, p",
 "def f(v):\n  match v:\n    case [a, *rest]:\n      return a, rest\n    case {'k': b, **others}:\n      return b, others\n    case Point(x=px) as pt:\n      return px, pt\n",
 "def f():\n  try:\n    pass\n  except E as e:\n    pass\n  with open('x') as (g, h):\n    pass\n  del g",
 "def f():\n  x: int\n  y: int = 1\n  return y",
 "def f(a=lambda: b, *, k=c):\n  return a",
 "def f(q):\n  return locals()",
 "def f():\n  for i, (j, k) in x:\n    pass\n  while (n := 1):\n    break\n  return i, j, k, n",
 "def f():\n  print(x)\n  x = 1",
 "def outer():\n  a = 1\n  def mid():\n    b = a\n    def inner():\n      return a, b\n    return inner\n  return mid",
 # errors from the symtable
 "def f(a, a): pass",
 "def f(a):\n  global a",
 "def f(a):\n  nonlocal a",
 "def f():\n  global x\n  nonlocal x",
 "nonlocal x",
 "class C:\n  nonlocal x",
 "def f():\n  nonlocal q",
 "def f():\n  print(x)\n  global x",
 "def f():\n  x = 1\n  global x",
 "def f():\n  print(x)\n  nonlocal x",
 "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
 "def f():\n  x: int\n  global x",
 "def f():\n  global x\n  x: int",
 "def f():\n  from m import *",
 "[(yield) for x in y]",
 "def f():\n  {(yield) for x in y}",
 "def f():\n  {k: (yield) for k in y}",
 "def f():\n  ((yield) for x in y)",
 "[(j := 0) for i in x for j in y]",
 "[i for i in x if (j := 1) for j in y]",
 "class C:\n  [(y := 1) for x in z]",
 "[x for x in (y := [1])]",
 "[x for x in y for z in (w := [1])]",
 "def f(a, *, a): pass",
 "lambda a, a: 0",
 # errors from the compiler
 "return 1",
 "class C:\n  return",
 "yield 1",
 "class C:\n  x = yield",
 "await x",
 "class C:\n  await x",
 "lambda: await x",
 "def f():\n  await x",
 "[await x for x in y]",
 "def f():\n  [x async for x in y]",
 "async def f():\n  yield 1\n  return 2",
 "async def f():\n  yield from x",
 "def f():\n  async for x in y: pass",
 "def f():\n  async with x: pass",
 "break",
 "continue",
 "while x:\n  pass\nelse:\n  break",
 "for x in y:\n  def f():\n    break",
 "for x in y:\n  class C:\n    continue",
 "try:\n  pass\nexcept* E:\n  break",
 "for x in y:\n  try:\n    pass\n  except* E:\n    continue",
 "def f():\n  try:\n    pass\n  except* E:\n    return 1",
 "def f():\n  try:\n    pass\n  except* E:\n    return x",
 "break\ndef f():\n  nonlocal x",
 "def f():\n  yield 1\nreturn",
 "for x in y:\n  break\nelse:\n  continue",
 # more: order of co_varnames, future annotations, mangling, walrus corners, decorators
 "def f(a):\n  b = c = a\n  for i in range(b):\n    c += i\n  return c",
 "def f(a):\n  x = y = a\n  return x, y",
 "from __future__ import annotations\ndef f():\n  x = 1\n  def g(a: x) -> x: pass\n  z: x = 3\n  return g",
 "from __future__ import annotations\ndef f(a: (yield)): pass",
 "def f():\n  x = 1\n  def g(a: x) -> x: pass\n  return g",
 "class C:\n  def m(self):\n    __y = 1\n    return lambda: __y\n",
 "class __C:\n  __x = 1\nclass _:\n  __x = 1\n",
 "def f():\n  global y\n  return [(y := x) for x in range(3)]",
 "def f(xs):\n  return [[(z := y) for y in x] for x in xs], z",
 "def deco(f): return f\n@deco\ndef f():\n  @deco\n  def g(): pass\n  return g",
 "class A:\n  class B:\n    def m(self):\n      return super()\n  def n(self):\n    return A.B\n",
 "def f():\n  x = 1\n  class C:\n    def m(self):\n      return x\n  return C",
 "def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n    y = [x for _ in range(1)]\n  return C",
 "def f():\n  def g():\n    return x\n  x = 1\n  del x\n  return g",
 "async def f():\n  return [[await y for y in x] for x in xs]",
 "def f():\n  return [[await y for y in x] for x in xs]",
 "def f():\n  return [x for x in await y]",
 "async def f():\n  async def g():\n    yield 1\n  return g",
 "def f():\n  return eval('1'), exec('2')",
 "lambda: (x := 1)",
 "def f():\n  lambda: [(y := 1) for _ in range(2)]\n  return y",
 "def f(**kw):\n  def g(*a):\n    return a, kw\n  return g",
 "import a.b.c\nfrom . import d\nimport e as f",
 "def f():\n  try:\n    pass\n  except* E as eg:\n    pass\n  return eg",
 "def f(x):\n  match x:\n    case {'a': 1, **rest} if rest:\n      pass\n    case [1, *_]:\n      pass\n    case int(y) | float(y):\n      pass\n  return y",
 "async def f():\n  return (await y for y in x)",
 "def f():\n  [(yield) for x in y]\n  return 1",
 "class C:\n  x = 1\n  def f(self, a=x):\n    return a\n",
 "def f():\n  x = 1\n  return [x for y in range(x)]",
 "x = 1\nclass C:\n  global x\n  x = 2\n  def m(self):\n    return x\n",
 # no errors
 "for x in y:\n  try:\n    pass\n  finally:\n    break",
 "async def f():\n  return [x async for x in y]",
 "def f():\n  return (await x for x in y)",
 "while True:\n  with x:\n    try:\n      continue\n    except E:\n      break",
]

# --- CPython's answers --------------------------------------------------------------------------

KINDS = {'module': 'MODULE', 'class': 'CLASS'}
COMP_NAMES = {'listcomp', 'setcomp', 'dictcomp', 'genexpr'}
SCOPE_NAMES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}

def kind_of(st):
    t = st.get_type()
    t = t.name.lower() if hasattr(t, 'name') else t
    if t in KINDS:
        return KINDS[t]
    if st.get_name() == 'lambda':
        return 'LAMBDA'
    if st.get_name() in COMP_NAMES:
        return 'COMPREHENSION'
    return 'FUNCTION'

def symbol_kind(kind, scope):
    if kind == 'MODULE':
        return 'GLOBAL_EXPLICIT' if scope == 'GLOBAL_EXPLICIT' else 'MODULE_NAME'
    if kind == 'CLASS':
        return {'GLOBAL_EXPLICIT': 'GLOBAL_EXPLICIT', 'FREE': 'FREE_CLASS'}.get(scope, 'CLASS_LOCAL')
    return scope

def co_name(st):
    n = st.get_name()
    if st.get_type() != 'module' and (n == 'lambda' or n in COMP_NAMES):
        return '<' + n + '>'
    return '<module>' if kind_of(st) == 'MODULE' else n

def dump(st, code, out):
    kind = kind_of(st)
    syms = []
    for s in sorted(st.get_symbols(), key=lambda s: s.get_name()):
        syms.append(s.get_name() + ':' + symbol_kind(kind, SCOPE_NAMES[s._Symbol__scope]))
    f = code.co_flags
    flags = [n for n, bit in (('varargs', 4), ('varkw', 8), ('gen', 0x20), ('coro', 0x80), ('agen', 0x200)) if f & bit]
    out.append('%s %s args=%d/%d/%d flags=%s varnames=%s cells=%s frees=%s syms={%s}' % (
        kind, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
        ','.join(flags), ','.join(code.co_varnames), ','.join(code.co_cellvars),
        ','.join(code.co_freevars), ' '.join(syms)))
    consts = [c for c in code.co_consts if hasattr(c, 'co_code')]
    used = set()
    for child in st.get_children():
        want = co_name(child)
        match = next(i for i, c in enumerate(consts) if i not in used and c.co_name == want)
        used.add(match)
        dump(child, consts[match], out)

def expectation(src):
    try:
        code = compile(src, 'x.py', 'exec')
    except SyntaxError as e:
        return 'SyntaxError: %s @%d:%d-%d:%d' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    out = []
    dump(symtable.symtable(src, 'x.py', 'exec'), code, out)
    return '\n'.join(out)

# --- the AST as Java ----------------------------------------------------------------------------

RENAMED = {'Expr': 'ExprStmt', 'List': 'ListExpr'}

def jstr(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

def java(v):
    if v is None:
        return 'null'
    if v == [None]:
        return 'Collections.singletonList(null)'  # l(null) would pass a null array
    if isinstance(v, list):
        return 'l(' + ', '.join(java(x) for x in v) + ')'
    if isinstance(v, str):
        return jstr(v)
    if isinstance(v, ast.AST):
        return node(v)
    raise TypeError(v)

def constant(v):
    if v is None: return 'ConstantValue.NONE'
    if v is Ellipsis: return 'ConstantValue.ELLIPSIS'
    if isinstance(v, bool): return 'Boolean.' + str(v).upper()
    if isinstance(v, int): return 'new java.math.BigInteger("%d")' % v
    if isinstance(v, float): return 'Double.valueOf(%r)' % v
    if isinstance(v, str): return jstr(v)
    raise TypeError(v)

def node(n):
    t = type(n).__name__
    if isinstance(n, (ast.expr_context, ast.operator, ast.boolop, ast.cmpop, ast.unaryop)):
        enum = {ast.expr_context: 'ExprContext', ast.operator: 'Operator', ast.boolop: 'BoolOperator',
                ast.cmpop: 'CmpOperator', ast.unaryop: 'UnaryOperator'}[type(n).__mro__[1]]
        return enum + '.' + t
    if isinstance(n, ast.Module):
        return 'new Mod.Module(' + java(n.body) + ')'
    args = []
    for f in n._fields:
        v = getattr(n, f)
        if t == 'Constant' and f == 'value' or t == 'MatchSingleton' and f == 'value':
            args.append(constant(v))
        elif isinstance(v, bool) or (f in ('simple', 'is_async')):
            args.append('true' if v else 'false')
        elif isinstance(v, int):
            args.append(str(v))
        else:
            args.append(java(v))
    if 'lineno' in n._attributes:
        args.append('sp(%d, %d, %d, %d)' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset))
    owner = ('Stmt.' if isinstance(n, ast.stmt) else 'Expr.' if isinstance(n, ast.expr)
             else 'Pattern.' if isinstance(n, ast.pattern) else '')
    cls = {'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword', 'alias': 'Alias',
           'withitem': 'WithItem', 'match_case': 'MatchCase', 'comprehension': 'Comprehension',
           'ExceptHandler': 'ExceptHandler'}.get(t, RENAMED.get(t, t))
    return 'new ' + owner + cls + '(' + ', '.join(args) + ')'

print('''// GENERATED by gen_oracle_corpus.py from CPython %s: do not edit; edit the script and rerun it.
package org.pyston.compiler.scopes;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.pyston.compiler.ast.*;

/** Python snippets, their ASTs, and CPython 3.11's scopes or SyntaxError for each (see the generator). */
final class OracleCorpus {
    private OracleCorpus() {}

    /** One snippet: its source, a builder for its AST, and CPython's answer in {@link ScopeDump}'s format. */
    record Case(String source, Supplier<Mod> ast, String expected) {}

    @SafeVarargs
    private static <T> List<T> l(T... xs) { return Collections.unmodifiableList(Arrays.asList(xs)); }

    private static Span sp(int a, int b, int c, int d) { return new Span(a, b, c, d); }
''' % sys.version.split()[0])
print('    static List<Case> cases() {\n        return List.of(')
print(',\n'.join('            new Case(%s, OracleCorpus::case%d, %s)' % (jstr(src), i, jstr(expectation(src)))
                 for i, src in enumerate(CASES)))
print('        );\n    }')
for i, src in enumerate(CASES):
    print('\n    private static Mod case%d() {\n        return %s;\n    }' % (i, node(ast.parse(src))))
print('}')
