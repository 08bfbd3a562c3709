def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(2)(3))
def outer():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner
    return mid()()
print(outer())
