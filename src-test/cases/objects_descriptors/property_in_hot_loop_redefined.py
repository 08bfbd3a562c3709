# A property replaced on the class during a hot loop takes effect on the next access.
class Temp:
    def __init__(self):
        self._c = 10
    @property
    def f(self):
        return self._c * 9 // 5 + 32
t = Temp()
total = 0
for i in range(3000):
    if i == 1500:
        Temp.f = property(lambda self: -1)
    total += t.f
print(total)
