class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super(Left, self).hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super(Right, self).hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super(Bottom, self).hello()
print(Bottom().hello())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])
