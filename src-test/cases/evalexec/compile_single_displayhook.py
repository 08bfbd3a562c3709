# compile(..., "single") prints module-level expression values through sys.displayhook (doctest
# and code.InteractiveConsole rely on it); statements in functions and classes do not print.
import io
import sys

exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))          # None is not printed by the default hook
exec(compile("'text'", "<s>", "single"))         # the default hook prints repr()
exec(compile("if True:\n    40 + 2\n\n", "<s>", "single"))
exec(compile("for i in range(2):\n    i * 10\n\n", "<s>", "single"))
ns = {}
exec(compile("def f():\n    99\n\n", "<s>", "single"), ns)
exec(compile("f()", "<s>", "single"), ns)  # f returns None: nothing printed
exec(compile("class C:\n    7\n\n", "<s>", "single"))

import builtins
builtins._ = "unchanged"
exec(compile("3 * 3", "<s>", "single"))
print("_ is now", builtins._)

buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
exec(compile("[1, 2, 3]", "<s>", "single"))
sys.stdout = saved
print("captured", repr(buf.getvalue()))

seen = []
sys.displayhook = seen.append
exec(compile("6 * 7", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print("hook saw", seen)

g = {"y": 8}
exec(compile("y", "<s>", "single"), g)
exec(compile("y + 1", "<s>", "exec"), g)        # exec mode: nothing printed
print(eval(compile("y * 2", "<s>", "eval"), g))

del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
