# The SyntaxErrors of the compiler for patterns (unreachable cases, names bound twice, alternatives
# binding different names, repeated attributes and literal keys, __debug__) and the parser ones, with positions.
srcs = [
 "match x:\n case a | b: pass",
 "match x:\n case [a] | (a, b): pass",
 "match x:\n case (a, b) | (b, a): pass",
 "match x:\n case a, a: pass",
 "match x:\n case [a, *a]: pass",
 "match x:\n case {'k': a, **a}: pass",
 "match x:\n case C(x=a, y=a): pass",
 "match x:\n case a as a: pass",
 "match x:\n case C(x=1, x=2): pass",
 "match x:\n case {'a': 1, 'a': 2}: pass",
 "match x:\n case {0: 1, False: 2}: pass",
 "match x:\n case {1: 1, 1.0: 2}: pass",
 "match x:\n case {-0: 1, 0: 2}: pass",
 "match x:\n case {0: 1, -0.0: 2}: pass",
 "match x:\n case {1j: 1, 0+1j: 2}: pass",
 "match x:\n case {'a': 1, b'a': 2}: pass",
 "match x:\n case {None: 1, None: 2}: pass",
 "match x:\n case {a.b: 1, a.b: 2}: pass",
 "match x:\n case y: pass\n case 1: pass",
 "match x:\n case _: pass\n case 1: pass",
 "match x:\n case y if y: pass\n case 1: pass",
 "match x:\n case (y): pass\n case 1: pass",
 "match x:\n case _ | 1: pass",
 "match x:\n case 1 | _ : pass",
 "match x:\n case 1 | _ : pass\n case 2: pass",
 "match x:\n case (_ as y) : pass\n case 2: pass",
 "match x:\n case [_, a] | [a, _]: pass",
 "match x:\n case y | z: pass",
 "match x:\n case {**_}: pass",
 "match x:\n case {**rest, 'a': 1}: pass",
 "match x:\n case __debug__: pass",
 "match x:\n case C(__debug__=1): pass",
 "match x:\n case [*__debug__]: pass",
 "match x:\n case *a: pass",
 "match x:\n case 1 | (a as b): pass",
 "match x:\n case [a, [b, a]]: pass",
 "match x:\n case {1: 1, 2: 2, 1: 3}: pass",
 "match x:\n case {'a': 1, 'a': a}: pass",
 "match x:\n case {'a': a, 'a': 1}: pass",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['case (*a): pass', 'case *a if x: pass', 'case [*a]: pass', 'case *a,: pass', 'case [*a, *b]: pass']:
    try:
        compile('match x:\n ' + s + '\n', '<test>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
