# slice objects: unhashable (3.11), copied and pickled through __reduce__; sequence repetition by a
# huge count raises MemoryError/OverflowError (no overflowing size computation); reversed list
# iterators pickle as CPython's, also one step before the end.
import copy
import pickle
import sys

s = slice(1, None, 3)
print(s.__reduce__(), copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s)))
print(slice(5).__reduce__(), pickle.loads(pickle.dumps(slice("a", [1], None))))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) == slice(1, 2), slice.__hash__)

for name, f in [("list", lambda: [1, 2, 3, 4] * (sys.maxsize // 2)),
                ("list-r", lambda: (sys.maxsize // 2) * [1, 2, 3]),
                ("tuple", lambda: (1, 2) * (sys.maxsize // 2 + 5)),
                ("str", lambda: "abcd" * (sys.maxsize // 2)),
                ("str-mem", lambda: "ab" * (sys.maxsize // 4)),
                ("bytes", lambda: b"abcd" * (sys.maxsize // 2)),
                ("bytes-mem", lambda: b"ab" * (sys.maxsize // 4)),
                ("bytearray", lambda: bytearray(b"abcd") * (sys.maxsize // 2)),
                ("list-big", lambda: [1] * 2 ** 100)]:
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)

lst = [1, 2]
for n in (sys.maxsize // 2, 2 ** 100):
    try:
        lst *= n
    except (MemoryError, OverflowError) as e:
        print("imul", type(e).__name__, e)
print(lst, [1, 2] * 0, [1] * -3, (1,) * 2)

it = reversed([1, 2, 3])
print(it.__reduce__())
next(it)
next(it)
next(it)
print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
print(next(it, "end"), it.__reduce__())
it = reversed([4, 5, 6, 7])
next(it)
copied = pickle.loads(pickle.dumps(it))
print(type(copied).__name__, list(copied))
