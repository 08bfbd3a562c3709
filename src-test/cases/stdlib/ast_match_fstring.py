# Match-statement pattern nodes and 3.11's f-string nodes (JoinedStr / FormattedValue).
import ast

src = '''
match command:
    case []:
        pass
    case [x, *rest] if x > 0:
        pass
    case {"k": v, **others}:
        pass
    case Point(1, y=2) | Point(x=0) as p:
        pass
    case None | True | -1 | 1.5 | "s" | a.b:
        pass
    case (1 | 2) as n:
        pass
    case _:
        pass
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
for c in tree.body[0].cases:
    p = c.pattern
    print(type(p).__name__, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset)
print(ast.unparse(tree))

f = ast.parse('f"a{b!s}c{d:>{e}}{f=}{g!a:{h}5}"', mode="eval")
print(ast.dump(f, include_attributes=True))
print(ast.unparse(f))
ns = {"b": 1, "d": 2, "e": 4, "f": 5, "g": "G", "h": ">"}
print(eval(compile(f, "<f>", "eval"), ns))
