import sys, os, warnings

calls = []
def hook(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return "hooked"

sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
print(calls)

def strict():
    pass
sys.breakpointhook = strict
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError:", e)

sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint("abcd"))
os.environ["PYTHONBREAKPOINT"] = "abs"
print(breakpoint(-5))
for bad in (".", "foo.", ".int", "nosuchbuiltin", "nosuchmodule.fn"):
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(repr(breakpoint()), w[0].category.__name__, w[0].message)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)

# type() with three arguments takes __module__ from the calling code's globals
A = type("A", (), {})
print(A.__module__, A.__qualname__)
B = type("B", (), {"__module__": "elsewhere"})
print(B.__module__)
def make():
    return type("C", (A,), {"x": 1})
print(make().__module__)
ns = {"__name__": "fake_module"}
exec("D = type('D', (), {})", ns)
print(ns["D"].__module__)

# attribute-name errors of the attribute builtins
for call in (lambda: getattr(1, 2), lambda: getattr(1, 2, 3), lambda: hasattr(1, b"x"),
             lambda: setattr(A, 2, 3), lambda: delattr(A, None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
