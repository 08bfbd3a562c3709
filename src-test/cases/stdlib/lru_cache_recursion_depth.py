# functools.lru_cache's wrapper is C code without vectorcall in CPython: each call through it
# counts one recursion level besides the wrapped function's frame, so memoized recursion reaches
# the recursion limit at half the depth, with the message of the level that crossed it.
import functools
import sys

sys.setrecursionlimit(400)


@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


@functools.cache
def depth2(n):
    return 0 if n == 0 else 1 + depth2(n - 1)


def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)


print(plain(350))
for fn in (depth, depth2):
    for n in (150, 190, 199, 200, 250, 300):
        fn.cache_clear()
        try:
            print(fn.__name__, n, fn(n))
        except RecursionError as e:
            print(fn.__name__, n, "RecursionError:", e)
    # cached values make the next calls shallow
    print(fn(150), fn.cache_info().hits)


def outer(k):
    return depth(k)


depth.cache_clear()
for k in (190, 196, 197, 198):
    depth.cache_clear()
    try:
        print(k, outer(k))
    except RecursionError as e:
        print(k, "RecursionError:", e)
depth.cache_clear()
depth(1000)
