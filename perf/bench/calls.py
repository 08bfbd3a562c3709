# Call overhead: positional calls, keyword calls with defaults, method calls, closures.
def add(a, b):
    return a + b

def scaled(x, factor=2, *, offset=0):
    return x * factor + offset

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n

def make_adder(k):
    def adder(v):
        return v + k
    return adder

add3 = make_adder(3)
c = Counter()
acc = 0
for i in range(2000000):
    acc = add(acc, i) % 1000003
    acc += scaled(i, offset=1) % 7
    acc += scaled(x=i, factor=3) % 5
    c.bump(by=2)
    acc = add3(acc) % 1000003
print("acc:", acc, "counter:", c.n)
