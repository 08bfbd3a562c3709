def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    s = 'abc'
    s[0] = 'x'
check(f)
def g():
    t = (1, 2)
    del t[0]
check(g)
def h():
    b = b'ab'
    b[0] = 1
check(h)
