# The node classes themselves: constructors, errors, subclassing, pickling, match.
import ast, copy, pickle

b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {"left": 2}), ((), {})]:
    try:
        n = ast.BinOp(*args, **kwargs)
        print("ok", sorted(vars(n)))
    except TypeError as e:
        print("TypeError:", e)
for cls in (ast.Pass, ast.Name, ast.AST):
    try:
        cls(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
n = ast.Name("x", extra=5)
print(n.id, n.extra, hasattr(n, "ctx"), n.__reduce__()[0].__name__, n.__reduce__()[1:])
try:
    n.ctx
except AttributeError as e:
    print("AttributeError:", e)
print(ast.Load() is ast.Load(), type(ast.Load()).__name__, ast.Load._fields)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.expr, ast.AST), ast.AST.__mro__[-1].__name__)
print(ast.BinOp.__module__, repr(ast.BinOp), ast.AST._fields, ast.AST._attributes)
print([c.__name__ for c in ast.operator.__subclasses__()])
print([c.__name__ for c in ast.expr_context.__subclasses__()])

# Deprecated aliases of ast.py are Python subclasses of Constant.
import warnings
warnings.simplefilter("ignore")
num = ast.Num(5)
print(type(num).__name__, isinstance(num, ast.Num), isinstance(ast.Constant(5), ast.Num), num.n, num.value)
print(isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant(5), ast.Str))

class MyNode(ast.Name):
    _fields = ("id", "ctx", "note")
m = MyNode("a", ast.Load(), "hi")
print(m.note, ast.dump(m))

t = ast.parse("a.b[c] = d(*e)")
t2 = copy.deepcopy(t)
print(ast.dump(t2) == ast.dump(t), t2 is not t)
t3 = pickle.loads(pickle.dumps(t))
print(ast.dump(t3, include_attributes=True) == ast.dump(t, include_attributes=True))

def describe(node):
    match node:
        case ast.BinOp(ast.Constant(value=l), ast.Add(), ast.Constant(value=r)):
            return f"sum {l}+{r}"
        case ast.Name(id=name):
            return "name " + name
        case _:
            return "other"
print(describe(ast.parse("1 + 2", mode="eval").body), describe(ast.Name("q")), describe(ast.Pass()))

import _ast
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_ONLY_AST)
print(len([n for n in dir(_ast) if not n.startswith("_") and isinstance(getattr(_ast, n), type)]))
