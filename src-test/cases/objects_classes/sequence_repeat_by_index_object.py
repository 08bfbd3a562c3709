class I:
    def __index__(self):
        return 3
print('ab' * I(), [1] * I(), I() * 'x', (0,) * I())
class J(I):
    def __rmul__(self, other):
        return "rmul wins"
print('ab' * J())
class K:
    pass
try:
    'ab' * K()
except TypeError as e:
    print(e)
