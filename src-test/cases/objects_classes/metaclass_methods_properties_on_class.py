class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    counter = 42
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"

class Widget(metaclass=Meta):
    pass

print(Widget.describe())
print(Widget.upper_name)
print(Widget.counter)
print(len(Widget))
print(Widget["x"])
print(repr(Widget))
print(hasattr(Widget(), "describe"))
try:
    Widget().describe
except AttributeError as e:
    print(e)
