def nothing():
    pass

class Empty:
    pass

if True:
    pass
for _ in range(3):
    pass
print(nothing())
print(type(Empty()).__name__)
