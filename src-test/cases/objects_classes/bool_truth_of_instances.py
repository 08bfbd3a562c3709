# Truth of instances: default True, __bool__ first, then __len__; used by if/while/and/or/not.
class Empty:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Empty()), bool(Both()), bool(Plain()), not Empty(), Empty() or "fallback", Both() and "both")
n = 0
class Countdown:
    def __init__(self):
        self.n = 3
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
c = Countdown()
while c:
    n += 1
print(n, [x for x in [Empty(), Both(), Plain()] if x].__len__())
