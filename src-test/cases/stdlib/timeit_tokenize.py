import io
import timeit
import token
import tokenize

t1 = timeit.Timer("sum(range(100))")
n, tt = t1.autorange()
print(n > 0, tt >= 0)
print(len(t1.repeat(repeat=3, number=10)), timeit.timeit("x = 1", number=100) >= 0)
print(timeit.timeit(lambda: None, number=5) >= 0, timeit.default_timer() > 0)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)

src = 'def f(a, b=2):\n    """doc"""\n    return a + b  # add\nx = f"{1}" + \'s\' * 3\nif x:\n\tpass\n'
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
for tok in toks:
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(tokenize.untokenize(toks) == src)
btoks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(btoks[0].string, [t.string for t in btoks[1:]])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx=1\n").readline))
print(token.OP, token.NAME, token.tok_name[token.NUMBER], token.ISTERMINAL(token.NAME), token.EXACT_TYPE_NAMES if False else "")
print([tokenize.tok_name[t.exact_type] for t in toks if t.type == token.OP][:6])
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n    a\n  b\n").readline))
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno)
