# reversed(): __reversed__, the sequence protocol fallback, and CPython's error messages.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

class Rev:
    def __reversed__(self):
        return iter("cba")

class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

class LenOnly:
    def __len__(self):
        return 2

print(list(reversed(Seq())), list(reversed(Rev())), list(reversed([1, 2, 3])), list(reversed((1, 2))))
print(list(reversed(range(3))), list(reversed("ab")), list(reversed({"k": 1, "j": 2})))
print(type(reversed([1])).__name__, type(reversed(Seq())).__name__)
for bad in (5, {1}, NoRev(), LenOnly(), iter([1]), None):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    reversed()
except TypeError as e:
    print("TypeError:", e)
try:
    reversed([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(sequence=[1])
except TypeError as e:
    print("TypeError:", e)
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), list(r))
