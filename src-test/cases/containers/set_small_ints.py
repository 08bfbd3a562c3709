# Small non-negative ints hash to themselves, so their set order is deterministic.
s = {3, 1, 2}
print(s)
s.add(0)
s.add(2)
print(s, len(s))
print(set(), {5}, set([4, 4, 4]))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(3 in a, 9 in a, {1, 2} <= a, a == {4, 3, 2, 1})
s.discard(99)
s.remove(0)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
