def make(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print(list(make(3)()), list(make(2)()))
