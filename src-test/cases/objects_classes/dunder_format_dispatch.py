# format(), f-strings and str.format call __format__ with the spec.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        return f"{spec}{self.cents / 100:.2f}"
m = Money(1234)
print(format(m), format(m, "$"), f"{m}", f"{m:EUR }", "{:#}".format(m), "{0}".format(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!r:.3}"[:3])
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
