class Celsius(int):
    def __new__(cls, value, unit="C"):
        obj = int.__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return "Celsius(%d%s)" % (int(self), self.unit)
    def __add__(self, other):
        return Celsius(int(self) + int(other), self.unit)

a = Celsius(20)
b = a + 5
print(repr(a), repr(b), a * 2, a == 20, hash(a) == hash(20))
print(isinstance(a, int), int(a), str(a), a.real, a.bit_length())
print(sorted([Celsius(3), 1, Celsius(2)]))
print(range(Celsius(3))[-1], [10, 20, 30][Celsius(1)])

class Flag(int):
    pass
f = Flag(7)
print(f + 1, type(f + 1).__name__, f > 3, -f, bool(Flag(0)))
try:
    int.__new__(list)
except TypeError as e:
    print(e)
try:
    object.__new__(Flag)
except TypeError as e:
    print(e)
