class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Model:
    a = Field()
    b = Field()

m = Model()
print(m.a)
m.a = 5
print(m.a, m._a)
print(type(Model.a).__name__)
