# Hot loops over the shapes the attribute and comparison inline caches link directly:
# __slots__ members (read, write, unset, deleted), properties with plain getters, and rich
# comparisons between instances of one class (including NotImplemented falling back to the
# reflected method and then to TypeError).
# Each is mutated mid-loop so the linked fast paths must be invalidated.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)


total = 0
pts = [P(i, 2 * i) for i in range(50)]
for rnd in range(40):
    for p in pts:
        p.x = p.x + 1
        total += p.x + p.y
print("slots", total)

q = Q(1, 2)
for i in range(30):
    try:
        total += q.z
    except AttributeError as e:
        total += 1
        if i == 20:
            q.z = 100
            print("unset slot:", e)
print("slots unset", total)
del q.x
for i in range(5):
    try:
        q.x
    except AttributeError as e:
        print("deleted slot:", e)
        break


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 // 5 + 32


acc = 0
ts = [Temp(i) for i in range(20)]
for rnd in range(30):
    for t in ts:
        acc += t.f
    if rnd == 15:
        # replacing the property on the class must reach every linked site
        Temp.f = property(lambda self: -1)
print("property", acc)


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if other.v is None:
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        return "reflected"


nums = [Num(i % 7) for i in range(30)]
count = 0
for rnd in range(20):
    for a, b in zip(nums, nums[1:]):
        if a < b:
            count += 1
print("lt", count)
print(Num(1) < Num(None))
print([Num(3) < Num(i) for i in range(6)])


def new_lt(self, other):
    return self.v > other.v


Num.__lt__ = new_lt
print([Num(3) < Num(i) for i in range(6)])
del Num.__lt__
del Num.__gt__
try:
    for i in range(3):
        Num(1) < Num(2)
except TypeError as e:
    print("TypeError:", e)
