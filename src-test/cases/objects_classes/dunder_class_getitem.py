# __class_getitem__ is an implicit classmethod called for C[item].
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[3])
class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print(e)
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class", item)
print(Both[0])
