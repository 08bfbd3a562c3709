def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

l = [3, 2, 1]
def key(x):
    l.append(x)
    return x
check(lambda: l.sort(key=key))
print(len(l) >= 0)
l2 = [5, 4]
def key2(x):
    l2.clear()
    return x
check(lambda: l2.sort(key=key2))
