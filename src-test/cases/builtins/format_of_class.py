# format() and f-strings look __format__ up on the type: a class is formatted by type's
# (object's) __format__, never by the unbound __format__ found in the class itself.
class C:
    def __format__(self, spec):
        return "C-instance:" + spec
class Meta(type):
    def __format__(cls, spec):
        return "Meta:" + cls.__name__ + spec
class D(metaclass=Meta):
    pass
print(f"{int}", f"{C}", format(str), "{}".format(float), f"{C():x}")
print(format(C, ""), f"{D}", f"{D:!}", format(D, "s"))
print(f"{int!r:>20}|", "{0:>12}|".format(str(bool)))
try:
    format(C, "x")
except TypeError as e:
    print("TypeError:", e)
