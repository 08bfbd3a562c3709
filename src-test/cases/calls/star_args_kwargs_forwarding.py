# A function taking both *args and **kwargs, called repeatedly with positional arguments only,
# so its call site links the direct positional handle (collecting *args and an empty **kwargs).
def g(*a, **k):
    return (a, k)

def forward(f, *args, **kw):
    return f(*args, **kw)

for i in range(4):
    print(forward(g, 1))
    print(forward(g, 1, 2, x=2))
    print(forward(g))
