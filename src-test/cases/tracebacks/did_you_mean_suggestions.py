import sys, math, collections, traceback
def run(src):
    try:
        exec(src, {"__builtins__": __builtins__})
    except BaseException as e:
        return e
class Point:
    def __init__(self): self.xcoord = 1; self.ycoord = 2
    def distance(self): return 0
def local_case():
    counter = 1
    return countr
cases = [lambda: prnt, lambda: math.sqr, lambda: collections.OrderedDic, lambda: Point().xcord, lambda: Point().Distance,
         local_case, lambda: "abc".uper(), lambda: [].apend, lambda: {}.itms, lambda: Point().zzzzzzz, lambda: lenn,
         lambda: Pointt, lambda: math.PI, lambda: None.x]
def unbound():
    valeu = 1
    del valeu
    return valeu
class Meta(type):
    def __dir__(cls):
        raise RuntimeError("dir failed")
class Odd(metaclass=Meta):
    spam = 1
cases += [unbound, lambda: Odd.spamm]
class Custom(AttributeError):
    pass
def custom():
    raise Custom("no such thing", name="uper", obj="abc")
cases.append(custom)
import io
for c in cases:
    try:
        c()
    except BaseException as e:
        buf = io.StringIO()
        sys.stderr = buf
        sys.excepthook(type(e), e, e.__traceback__)
        sys.stderr = sys.__stderr__
        print(buf.getvalue().splitlines()[-1])
# traceback.format_exception does not add suggestions in 3.11; the uncaught one does
try:
    prnt
except NameError as e:
    print(traceback.format_exception_only(type(e), e))
tests = [
    lambda: ImportError("m", name="x", path="p"),
    lambda: ImportError("m", foo=1),
    lambda: ModuleNotFoundError("m", name="mod"),
    lambda: NameError("n", name="nm"),
    lambda: NameError("n", obj=1),
    lambda: AttributeError("a", name="nm", obj=[1]),
    lambda: AttributeError("a", nope=2),
    lambda: SyntaxError("s", foo=1),
    lambda: ValueError("v", x=1),
    lambda: UnboundLocalError("u", name="q"),
]
for t in tests:
    try:
        e = t()
        print(type(e).__name__, e.args, {k: getattr(e, k) for k in ("name", "path", "obj") if hasattr(e, k)})
    except TypeError as err:
        print("TypeError:", err)
class MyAttr(AttributeError):
    def __init__(self, msg, **kw):
        super().__init__(msg, **kw)
e = MyAttr("custom", name="n", obj=3); print(e.name, e.obj, e.args)
e = AttributeError("plain"); print(e.name, e.obj)

# the uncaught one: printed with its suggestion
data = {"alpha": 1}
alhpa = 2
print(alphaa)
