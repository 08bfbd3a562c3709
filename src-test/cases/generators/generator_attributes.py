def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.gi_running)
print(g.gi_code.co_name)
print(iter(g) is g)
