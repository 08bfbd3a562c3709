# Arithmetic on an int subclass returns plain ints unless overridden.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
m = Meters(5)
print(repr(m), repr(m + 1), type(m + 1).__name__, type(-m).__name__, m == 5, hash(m) == hash(5))
class Add(int):
    def __add__(self, other):
        return Add(int(self) + other + 100)
print(Add(1) + 1, 1 + Add(1), isinstance(Add(3), int), Add(7) * 2)
