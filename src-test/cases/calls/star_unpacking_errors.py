# Errors of argument unpacking, with CPython's messages: a lone *x in a call names the callee
# (CALL_FUNCTION_EX), *x among other items says 'Value after *' (LIST_EXTEND), {**x} and f(**x)
# turn an AttributeError from a non-mapping into a TypeError.
def f(*a, **k): return a
class M:
    def keys(self): raise AttributeError("inner")
class N:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
for src in ["f(*5)", "f(1, *5)", "f(*[1], *5)", "[*5]", "(*5,)", "{*5}", "[1, *None]", "print(*5)", "len(*5)",
            "{**[1]}", "{**M()}", "{'a': 1, **5}", "f(**5)", "f(**M())", "f(*N())", "[*N()]", "f(*'ab')", "max(*5)",
            "f(*5, **{})", "Thing(*5)", "(lambda: 0)(*5)", "o.m(*5)", "o.m(1, *5)", "o.m(**5)"]:
    class Thing: pass
    class O:
        def m(self, *a, **k): pass
    o = O()
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
