class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
try:
    t.missing
except AttributeError as e:
    print(e)
try:
    Thing.nope
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    "s".bar()
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
print(t.present)
