# Training run for the class-data-sharing archive (see ../../../../pyston): touches the common
# parts of the runtime once, so that their classes (and the method-handle shapes their call sites
# link) are in the archive. Not a test; output unused. Kept short: it runs at every build.
import collections
import json
import re


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Task:
    """A small scheduler in the style of class-heavy programs: method calls, attribute reads and
    writes on several classes, polymorphic sites, isinstance and while loops."""

    def __init__(self, ident, prio, nxt=None):
        self.ident = ident
        self.prio = prio
        self.next = nxt
        self.count = 0

    def run(self, packet):
        self.count += 1
        return self.next if packet % 2 else self


class Worker(Task):
    def run(self, packet):
        self.count += 2
        return super().run(packet + 1)


def schedule(n):
    tasks = None
    for i in range(6):
        tasks = (Worker if i % 2 else Task)(i, i * 10, tasks)
    t, total = tasks, 0
    for p in range(n):
        if t is None:
            t = tasks
        total += t.prio if isinstance(t, Worker) else 1
        t = t.run(p)
    return total


def gen(n):
    for i in range(n):
        yield i * 2


def delegate(n):
    yield from gen(n)
    return n


def main():
    pts = [Point(i, i + 1.5) for i in range(20)]
    total = sum(p.norm2() for p in pts)
    d = {str(i): i for i in range(10)}
    s = {1, 2, 3} | {4}
    words = "a b c".split()
    text = f"{total:.2f} {len(d)} {sorted(s)} {'-'.join(words)} {repr(3.25)} {10 ** 20} {pts[0]!r}"
    try:
        raise ValueError("x")
    except ValueError as e:
        text += str(e)
    try:
        d["missing"]
    except KeyError:
        pass
    text += str(schedule(3000)) + str(list(delegate(3))) + str((1, 2)[::-1]) + "%d %s" % (1, "a")
    text += json.dumps({"a": [1, 2.5, None, True], "b": "\u00e9"}, indent=2, sort_keys=True)
    text += str(json.loads('{"k": [1, {"v": "w"}]}'))
    text += re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site") + str(re.findall(r"\d+", "a1b22"))
    text += str(collections.Counter("mississippi").most_common(2)) + str(collections.deque([1, 2], 3))
    return text


print(main())
