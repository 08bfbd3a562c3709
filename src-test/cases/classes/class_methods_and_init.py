class Counter:
    def __init__(self, start):
        self.value = start

    def increment(self, by=1):
        self.value += by
        return self.value

    def reset(self):
        self.value = 0

c = Counter(5)
print(c.value)
print(c.increment())
print(c.increment(10))
c.reset()
print(c.value)
m = c.increment
print(m(), m(), c.value)
