class Data:
    def __get__(self, obj, owner):
        return "data-get"
    def __set__(self, obj, value):
        print("data-set", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata-get" if obj is not None else "class-access"

class C:
    d = Data()
    n = NonData()

c = C()
c.__dict__["d"] = "instance-d"
c.__dict__["n"] = "instance-n"
print(c.d, c.n, C.n)
c.d = 5
c.n = "assigned"
print(c.n, c.__dict__["n"])
del c.n
print(c.n)
