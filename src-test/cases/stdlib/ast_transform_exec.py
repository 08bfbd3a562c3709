# NodeVisitor, NodeTransformer, fix_missing_locations and compile/exec of built trees.
import ast

src = """
def area(w, h):
    return w * h
total = 0
for i in range(1, 4):
    total += area(i, 2)
print("total", total)
"""
tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
counter = Counter()
counter.visit(tree)
print(counter.names)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))

class MultToAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.BinOp(left=node.left, op=ast.Add(), right=node.right)
        return node
new = ast.fix_missing_locations(MultToAdd().visit(tree))
ns = {}
exec(compile(new, "<transformed>", "exec"), ns)
print(ns["area"](3, 4))

# A tree built by hand.
mod = ast.Module(body=[
    ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.Constant((1, 2, (3,)))),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load()), ast.Constant("ok")], [])),
], type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, "<built>", "exec"))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), "<e>", "eval")))
expr = ast.parse("[x * 2 for x in range(4) if x != 2]", mode="eval")
print(eval(compile(expr, "<e>", "eval")))
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)

# increment_lineno and copy_location
t = ast.parse("a = 1\nb = 2")
ast.increment_lineno(t, 10)
print([(n.lineno, n.end_lineno) for n in t.body])
c = ast.copy_location(ast.Pass(), t.body[1])
print(c.lineno, c.col_offset, c.end_col_offset)

# CPython's validation errors for malformed trees.
def attempt(tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attempt(ast.Module(body=[ast.Pass()], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=None, lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(type_ignores=[]))
attempt(ast.Module(body=3, type_ignores=[]))
attempt(ast.Expression(body=ast.Name(id="x", ctx=ast.Load(), lineno=1, col_offset=0)))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id=3, ctx=ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Constant(value=[1], lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load(), lineno="a", col_offset=0), lineno=1, col_offset=0)], type_ignores=[]))
attempt(3)
attempt(ast.Name())
try:
    compile("x", "<s>", "bogus", ast.PyCF_ONLY_AST)
except ValueError as e:
    print("ValueError:", e)
