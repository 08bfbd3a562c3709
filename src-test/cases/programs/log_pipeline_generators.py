"""Generators and itertools pipelines over a log stream."""
import itertools as it
import operator
import functools
from collections import namedtuple

LogLine = namedtuple("LogLine", "ts level module msg", defaults=("",))

RAW = """\
2024-01-01T10:00:00 INFO   web     started
2024-01-01T10:00:01 DEBUG  db      connect pool=5
2024-01-01T10:00:02 INFO   web     GET /index 200
2024-01-01T10:00:02 WARN   web     slow response 1.2s
2024-01-01T10:00:03 ERROR  db      timeout after 30s
2024-01-01T10:00:04 INFO   web     GET /about 200
2024-01-01T10:00:05 INFO   auth    login alice
2024-01-01T10:00:06 ERROR  web     GET /admin 500
garbage line
2024-01-01T10:00:07 INFO   auth    logout alice
2024-01-01T10:00:08 DEBUG  db      query took 3ms
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    bad = 0
    for n, line in lines:
        parts = line.split(None, 3)
        if len(parts) < 3:
            bad += 1
            continue
        yield LogLine(*parts)
    return bad


def counting(gen):
    result = yield from gen
    print(f"  (parser skipped {result} line(s))")


def only(levels, records):
    return (r for r in records if r.level in levels)


def window(iterable, n):
    its = it.tee(iterable, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)


def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return avg


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    composites = {}
    for n in it.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


if __name__ == "__main__":
    records = list(counting(parse(read_lines(RAW))))
    print(len(records), records[0])
    for level, group in it.groupby(sorted(records, key=operator.attrgetter("level")), key=operator.attrgetter("level")):
        print(f"{level:<6}", [r.module for r in group])
    errs = list(only({"ERROR", "WARN"}, records))
    print([e.msg for e in errs])
    print(list(window(range(6), 3)))
    print(list(it.islice(fib(), 15)), next(it.dropwhile(lambda x: x < 1000, fib())))
    print(list(it.takewhile(lambda p: p < 60, primes())))
    print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
    print(list(it.chain.from_iterable(["ab", "cd"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.starmap(pow, [(2, 5), (3, 2)])))
    print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:4], list(it.combinations_with_replacement("xy", 2)))
    print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.repeat("z", 3)), list(it.filterfalse(str.isdigit, "a1b2")))
    print(list(it.pairwise("abcd")), list(it.islice(it.cycle("xy"), 5)), list(it.islice(range(100), 10, 40, 7)))
    g = running_avg()
    next(g)
    print([g.send(x) for x in (10, 20, 60)])
    try:
        g.send(None)
    except StopIteration as e:
        print("StopIteration value", e.value)
    print(functools.reduce(lambda acc, r: acc + len(r.msg), records, 0))
    squares = (x * x for x in range(5))
    print(sum(squares), sum(squares), list(squares))
    gen = (r.ts[-2:] for r in records)
    print(next(gen), next(gen), gen.__name__, type(gen).__name__)
    def limited():
        try:
            yield 1
            yield 2
        finally:
            print("  cleanup ran")
    lg = limited()
    print(next(lg))
    lg.close()
    print(list(zip(*[iter(range(9))] * 3)), dict(zip("abc", it.count(1))), list(enumerate("xy", start=5)))
    print(sorted(records, key=lambda r: (r.module, r.ts), reverse=True)[0].msg, max(records, key=lambda r: len(r.msg)).msg)
    print(any(r.level == "ERROR" for r in records), all(r.ts.startswith("2024") for r in records), min([], default="none"))
    t = it.tee(iter([1, 2, 3]), 2)
    print(list(t[0]), list(t[1]))
    def bad():
        yield 1
        raise StopIteration("oops")
    try:
        list(bad())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    it_ = iter([1, 2])
    next(it_); next(it_)
    print(next(it_, "done"))
    g2 = fib()
    g2.throw(ValueError("thrown into fib"))
