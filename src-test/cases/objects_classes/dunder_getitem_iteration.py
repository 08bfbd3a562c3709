# A class with only __getitem__ is iterable until IndexError (or StopIteration).
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), tuple(Squares()), sum(Squares()))
for x in Squares():
    print(x, end=" ")
print()
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
a, b, *rest = Squares()
print(a, b, rest)
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
class KeyErrorIsNotEnd:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorIsNotEnd())
except KeyError as e:
    print("KeyError", e)
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
