# slice bounds without __index__ are rejected with CPython's slice message
class Idx:
    def __index__(self):
        return 1

data = [10, 20, 30, 40]
print(data[Idx():3], data[::Idx()], (1, 2, 3)[Idx():])
print(slice(None, Idx()).indices(5))
for make in (lambda: data['a':], lambda: data[:2.0], lambda: data[::'x'],
             lambda: 'abc'[None:'b'], lambda: (1, 2)[1.5:], lambda: range(10)[:'z'],
             lambda: slice('a', None).indices(3)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    data['a']
except TypeError as e:
    print(e)
