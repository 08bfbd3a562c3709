def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a, {} | {})
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
print(c)
check(lambda: a | [('k', 1)])
check(lambda: a | 1)
def ior_bad():
    e = {}
    e |= 1
check(ior_bad)
