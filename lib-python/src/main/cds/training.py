# Training run for the class-data-sharing archive (see ../../../../pyston): touches the common
# parts of the runtime once, so that their classes are in the archive. Not a test; output unused.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def gen(n):
    for i in range(n):
        yield i * 2


def main():
    pts = [Point(i, i + 1.5) for i in range(20)]
    total = sum(p.norm2() for p in pts)
    d = {str(i): i for i in range(10)}
    s = {1, 2, 3} | {4}
    words = "a b c".split()
    text = f"{total:.2f} {len(d)} {sorted(s)} {'-'.join(words)} {repr(3.25)} {10 ** 20}"
    try:
        raise ValueError("x")
    except ValueError as e:
        text += str(e)
    try:
        d["missing"]
    except KeyError:
        pass
    return text + str(list(gen(3))) + str((1, 2)[::-1]) + "%d %s" % (1, "a")


print(main())
