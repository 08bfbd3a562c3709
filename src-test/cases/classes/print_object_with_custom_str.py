class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __str__(self):
        return str(self.degrees) + " C"

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

t = Temperature(21.5)
print(t)
print(t, "and", Temperature(-3))
print(OnlyRepr())
print(str(OnlyRepr()), [OnlyRepr()], [t.degrees])
