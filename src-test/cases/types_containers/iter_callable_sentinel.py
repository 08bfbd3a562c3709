def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

it = iter([1, 2, 3, None, 5].pop, 3)
print(list(it))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)), next(iter([]), 'dflt'))
check(lambda: iter(5, 1))
check(lambda: next(iter([])))
check(lambda: next([1]))
check(lambda: iter(1))
