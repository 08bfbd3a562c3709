# The base __init__ is inherited when a subclass does not define one.
class Base:
    def __init__(self, value):
        self.value = value

    def show(self):
        return "value=" + str(self.value)

class Child(Base):
    def double(self):
        return self.value * 2

c = Child(21)
print(c.show(), c.double())
try:
    Child()
except TypeError as e:
    print(e)
