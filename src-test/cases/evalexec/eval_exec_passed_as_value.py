# eval/exec reached through another name (as unittest's assertRaises(SyntaxError, eval, src) does)
# run in the innermost Python frame's globals.
X = 41


def call(f, *args):
    return f(*args)


print(call(eval, "X + 1"))
print(call(eval, "[1, 2][-1]"))
try:
    call(eval, "1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    call(exec, "def f(:")
except SyntaxError as e:
    print("SyntaxError", e.msg)
call(exec, "Y = X * 2")
print(sorted(k for k in ("X", "Y") if k in globals()))
ev = eval
print(ev("X - 1"))
ex = exec
ex("Z = 3")
print(Z)
print(list(map(eval, ["1", "2 ** 10", "'a' * 3"])))


def in_function():
    # names bound by exec from a function go to a fresh namespace, not the module's
    call(exec, "W = 5")
    return "W" in globals(), call(eval, "X")


print(in_function())
