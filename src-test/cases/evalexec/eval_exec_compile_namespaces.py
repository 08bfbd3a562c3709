x = 10
print(eval("x + 1"))
print(eval("y * 2", {"y": 21}))
ns = {}
exec("a = 1\nb = a + 1\ndef f(v):\n    return v + b\n", ns)
print(ns["a"], ns["b"], ns["f"](5))
print(sorted(k for k in ns if k != "__builtins__"))
def func():
    z = 3
    w = "loc"
    return sorted(locals().items())
print(func())
print(globals()["x"])
code = compile("q * 3", "<calc>", "eval")
print(eval(code, {"q": 4}), eval(code, {"q": 5}))
loc = {"m": 7}
exec("n = m * 2", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
class C:
    v = 5
    w = eval("v + 1")
print(C.w)
print(vars(C)["v"])
import sys
exec("import sys as s2\nprint(s2 is sys)", globals())
