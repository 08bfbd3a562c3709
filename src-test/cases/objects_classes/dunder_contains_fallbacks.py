# `in` uses __contains__, else iteration via __iter__, else the old __getitem__ protocol.
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(1 in WithContains(), 2 in WithContains(), 5 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem())
class ContainsReturnsStr:
    def __contains__(self, x):
        return "yes"
print(0 in ContainsReturnsStr())
try:
    1 in object()
except TypeError as e:
    print(e)
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(e)
