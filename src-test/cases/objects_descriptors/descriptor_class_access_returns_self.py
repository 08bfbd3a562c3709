# Descriptors accessed on the class get obj=None; returning self exposes the descriptor object.
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    size = Field(10)
    color = Field("red")
m = Model()
m.size = 3
print(m.size, m.color, Model.size.default, Model.color.name)
print(sorted(k for k, v in vars(Model).items() if isinstance(v, Field)))
