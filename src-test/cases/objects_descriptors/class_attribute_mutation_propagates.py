# Class attributes changed at run time are seen through instances and subclasses at once.
class Config:
    level = 1
class Child(Config):
    pass
c = Child()
seen = []
for i in range(5):
    if i == 1:
        Config.level = 2
    if i == 2:
        Child.level = 3
    if i == 3:
        c.level = 4
    if i == 4:
        del c.level
        del Child.level
    seen.append(c.level)
print(seen)
def hot(obj, n):
    total = 0
    for i in range(n):
        total += obj.level
    return total
print(hot(c, 1000))
Config.level = 10
print(hot(c, 1000))
Config.level = property(lambda self: -1)
print(hot(c, 10))
