class A:
    def hello(self):
        return "A"
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B:" + super().make()
print(B().hello())
print(B.make())
