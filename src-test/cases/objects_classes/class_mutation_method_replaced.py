# Replacing or deleting a method on a class (or a base) after instances exist takes effect at once.
class Base:
    def greet(self):
        return "base"
class Child(Base):
    pass
c = Child()
results = []
for i in range(6):
    if i == 2:
        Base.greet = lambda self: "patched base"
    if i == 3:
        Child.greet = lambda self: "child"
    if i == 4:
        del Child.greet
    if i == 5:
        del Base.greet
    try:
        results.append(c.greet())
    except AttributeError as e:
        results.append(str(e))
print(results)
