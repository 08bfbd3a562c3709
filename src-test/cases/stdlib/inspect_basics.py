# inspect: signatures of Python functions, source retrieval, predicates, argument binding.
import inspect
import functools

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

        Indented detail.
    """
    return a

def g(x, /, y, *, z=None):
    pass

async def co():
    pass

def gen():
    yield 1

class K:
    """A class."""
    attr = 1
    def __init__(self, p, q=3):
        self.p = p
    def method(self, r):
        return r
    @classmethod
    def cm(cls, s):
        return s
    @staticmethod
    def sm(t=1):
        return t
    @property
    def prop(self):
        return 1

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(g), inspect.signature(lambda q, *r: 0))
print(inspect.signature(K), inspect.signature(K.method), inspect.signature(K(1).method))
print(inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.signature(functools.partial(f, 1, c=3)))
ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(f))
print(inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getfullargspec(f))
print(inspect.isfunction(f), inspect.ismethod(K(1).method), inspect.isclass(K), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.getsource(K.method))
lines, start = inspect.getsourcelines(g)
print(start, lines)
print(inspect.getsource(K).splitlines()[:3])
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("inspect_basics.py"))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print(inspect.getattr_static(K, "prop").__class__.__name__, inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
print(inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=1))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(inspect.getcallargs(f, 1, c=2))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
