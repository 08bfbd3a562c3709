# Exceptions raised by user code called from itertools (C code in CPython) and errors raised by
# itertools itself: the traceback shows only the user's frames, as CPython prints it.
import itertools
import statistics
import traceback


def frames(e):
    return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


def key(x):
    if x == 3:
        raise ValueError(f"bad key {x}")
    return x // 2


def pred(x):
    return 10 // (x - 2) > 0


def gen():
    yield 1
    yield 2
    raise KeyError("from generator")


cases = [
    ("groupby key", lambda: [list(g) for _, g in itertools.groupby([1, 2, 3, 4], key)]),
    ("takewhile", lambda: list(itertools.takewhile(pred, [5, 4, 3, 2, 1]))),
    ("dropwhile", lambda: list(itertools.dropwhile(pred, [5, 4, 2]))),
    ("filterfalse", lambda: list(itertools.filterfalse(pred, [3, 2]))),
    ("accumulate", lambda: list(itertools.accumulate([1, 2, "x"]))),
    ("starmap", lambda: list(itertools.starmap(divmod, [(1, 1), (1, 0)]))),
    ("chain gen", lambda: list(itertools.chain([0], gen()))),
    ("islice gen", lambda: list(itertools.islice(gen(), 5))),
    ("tee gen", lambda: [list(t) for t in itertools.tee(gen())]),
    ("zip_longest gen", lambda: list(itertools.zip_longest(gen(), "ab"))),
    ("product bad", lambda: list(itertools.product(1, [2]))),
    ("islice bad", lambda: itertools.islice([1], -1)),
    ("combinations bad", lambda: itertools.combinations([1], -2)),
    ("repeat bad", lambda: itertools.repeat(1, "x")),
    ("statistics", lambda: statistics.harmonic_mean([1, -1])),
]
for name, fn in cases:
    try:
        fn()
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
        print("   ", frames(e)[1:])

# uncaught: the traceback printed at exit has no frame of itertools either
for _, group in itertools.groupby([1, 2, 3, 4], key):
    print(list(group))
