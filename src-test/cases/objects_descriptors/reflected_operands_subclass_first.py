class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return "V.add"
    def __radd__(self, o):
        return "V.radd"
    def __lt__(self, o):
        return "V.lt"
    def __gt__(self, o):
        return "V.gt"
class W(V):
    def __radd__(self, o):
        return "W.radd"
    def __gt__(self, o):
        return "W.gt"
print(V(1) + W(2), W(1) + V(2), 1 + V(1))
print(V(1) < W(2), W(1) < V(2))
class N:
    def __add__(self, o):
        return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
class I:
    def __iadd__(self, o):
        return "iadd"
x = I()
x += 1
print(x)
