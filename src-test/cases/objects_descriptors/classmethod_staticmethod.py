class K:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def add(a, b):
        return a + b

class Sub(K):
    pass

print(K.create(1)[0].__name__, Sub.create()[0].__name__, Sub().create(2)[1])
print(K.count, Sub.count)
print(K.add(1, 2), K().add(3, 4))
print(type(K.__dict__["create"]).__name__, type(K.__dict__["add"]).__name__)
print(K.__dict__["add"].__func__(5, 6))
m = K.create
print(m.__self__.__name__, m.__func__.__name__)
