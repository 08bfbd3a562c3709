# Descriptors on a metaclass act on classes; data descriptors there win over the class dict.
class Meta(type):
    @property
    def label(cls):
        return "label of " + cls.__name__
    def describe(cls):
        return "described " + cls.__name__
class C(metaclass=Meta):
    label = "class attribute"
print(C.label, C.describe(), C().label)
try:
    C().describe()
except AttributeError as e:
    print(e)
try:
    C.label = 1
except AttributeError as e:
    print(e)
