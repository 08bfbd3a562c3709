def f():
    a = 1
    b = "two"
    def g():
        return a, b
    return g
g = f()
print(len(g.__closure__))
print(sorted(c.cell_contents for c in g.__closure__ if isinstance(c.cell_contents, int)))
print(g.__code__.co_freevars)
