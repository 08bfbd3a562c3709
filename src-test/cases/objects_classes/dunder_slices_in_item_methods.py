# Slices arrive at __getitem__/__setitem__/__delitem__ as slice objects.
class Recorder:
    def __getitem__(self, key):
        return ("get", key)
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[...])
r[0:5] = "abc"
r[::2] = [1]
del r[1:]
del r[:, 0]
s = r[2:7:2][1]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(4))
print(repr(slice(None)), slice(3).stop)
