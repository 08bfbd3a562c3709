class Plain:
    pass

a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at 0x"))
print(Plain)
print(type(a))
