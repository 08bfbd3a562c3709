# __index__ makes an object usable where an integer is required.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = [10, 20, 30, 40]
print(seq[Idx(1)], "abcd"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(seq[Idx(1):Idx(3)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))))
print(int.__index__(7), operator_free := Idx(9).__index__())
class BadIdx:
    def __index__(self):
        return "no"
for f in [lambda: seq[BadIdx()], lambda: hex(BadIdx()), lambda: seq[object()]]:
    try:
        f()
    except TypeError as e:
        print(e)
