# contextvars on our _contextvars: ContextVar get/set/reset, Token, Context mapping API, run, copy_context, errors
import contextvars as cv
v = cv.ContextVar('v'); w = cv.ContextVar('w', default=5)
print(repr(v)[:25], repr(w)[:30], v.name, w.get(), v.get(1))
try: v.get()
except LookupError as e: print(type(e).__name__, e.args[0] is v)
t = v.set(1); print(repr(t)[:30], t.var is v, t.old_value, cv.Token.MISSING, v.get())
t2 = v.set(2); v.reset(t2); print(v.get())
for f in [lambda: v.reset(t2), lambda: w.reset(t), lambda: cv.Context()[1], lambda: cv.Context()[v], lambda: cv.ContextVar(1), lambda: cv.Context(1), lambda: cv.Context().get(1), lambda: cv.ContextVar('a', 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, str(e)[:28])
ctx = cv.copy_context(); print(ctx[v], v in ctx, len(ctx), list(ctx.keys()) == [v], ctx.get(w, 'd'), list(ctx.values()), list(ctx) == [v])
def g(x):
    v.set(x); print('in', v.get(), cv.copy_context()[v])
    try: ctx.run(print)
    except RuntimeError as e: print(str(e)[:28])
    return x
print(ctx.run(g, 10), v.get(), ctx[v])
c2 = ctx.copy(); print(c2 == ctx, c2[v]); c2.run(v.set, 99); print(c2[v], ctx[v], c2 == ctx)
print(cv.ContextVar[int])
