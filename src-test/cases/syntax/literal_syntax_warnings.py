# The compiler's SyntaxWarnings about literals (most often a missing comma), issued when the
# source is compiled: through warnings.warn_explicit, so filters apply, and as a SyntaxError
# under an "error" filter. The lines below only warn: they never run.
import warnings

if False:
    x = 1
    print(x is "a", x is not 1, x is (), x is -1, x is None, x is ..., x is True)
    ["a" "b"]("c")
    (1, 2)(3)
    f"{x}"()
    None[0]
    (2.5)[1]
    [1, 2][0, 1]
    "abc"[1.5]
    (1, x)[x, 1]
    [1, 2][0:1]
    [1, 2][True]
    {1, 2}[0]
    assert (x, "message")
    assert ()


def compile_and_report(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    for w in caught:
        print(w.category.__name__, w.lineno, w.message)


compile_and_report("y = 1\nif y is 'x': pass\nz = (1, 2) (3, 4)\nw = [[1, 2] [3, 4]]\n")
compile_and_report("assert (False, 'never fails')\nq = 1 is not 2 is 3\n")
compile_and_report("fine = [1, 2][0]\nok = 'ab'[::1]\nb = x is None\n")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("\n\nv = 3 is 3\n", "<errcase>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
print("done")
