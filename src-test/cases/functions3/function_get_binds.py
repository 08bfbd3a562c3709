def f(self, x):
    return (type(self).__name__, x)
class K:
    pass
k = K()
bound = f.__get__(k, K)
print(bound(3))
K.m = f
print(k.m(4))
