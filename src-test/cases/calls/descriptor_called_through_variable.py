# A method descriptor (str.upper, int.__add__) called through a variable at a site that has
# already linked another callee: the receiver is the first argument, its class is guarded, and a
# receiver the descriptor does not apply to takes the generic path and its TypeError.
import functools
def call(f, *a):
    return f(*a) if len(a) != 1 else f(a[0])
def call1(f, x):
    return f(x)
def call2(f, x, y):
    return f(x, y)
for i in range(3):
    for fn, x in ((len, "ab"), (str.upper, "ab"), (str.strip, " a "), (list.copy, [1]), (int.bit_length, 255),
                  (int.bit_length, True), (str.upper, 5), (str.upper, "x"), (dict.keys, {1: 2}), (int.__neg__, 4)):
        try:
            print(call1(fn, x))
        except TypeError as e:
            print("TypeError:", e)
    for fn, x, y in ((str.split, "a,b", ","), (str.strip, "xax", "x"), (list.append, [], 1), (int.__add__, 1, 2),
                     (str.join, ",", "ab"), (str.split, b"a", b","), (float.__add__, 1.5, 2)):
        try:
            print(call2(fn, x, y))
        except TypeError as e:
            print("TypeError:", e)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, len)("  hi "), compose(str.strip, str.title)("  hi there "))
print(call1(str.upper, 1))
