# Built-in functions pickle by name (__reduce__ gives the name), bound built-in methods as
# getattr(self, name); pickle then round-trips them.
import pickle
import codecs
print(len.__reduce__(), codecs.encode.__reduce__())
r = [].append.__reduce__()
print(r[0] is getattr, r[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps([len, max, codecs.encode, b"\x00\xff", bytearray(b"ab")], proto))
    print(proto, back[0] is len, back[1] is max, back[2] is codecs.encode, back[3], back[4])
m = pickle.loads(pickle.dumps({"a": 1}.get))
print(m("a"), m("b", 2))
