# Several context managers exit in reverse order; one suppressing stops the exception for outer ones.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b", suppress=True) as b, CM("c") as c:
    print("body", a, b, c)
    raise RuntimeError
print("after")
