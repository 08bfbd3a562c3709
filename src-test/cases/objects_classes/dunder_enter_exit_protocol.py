# with calls __enter__/__exit__ from the type; __exit__ gets the exception and may suppress it.
class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val, tb is not None)
        return self.suppress
with Ctx(False) as v:
    print("body", v)
with Ctx(True):
    raise ValueError("swallowed")
try:
    with Ctx(False):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with object():
        pass
except TypeError as e:
    print(e)
def f():
    with Ctx(False):
        return "returned"
print(f())
for i in range(2):
    with Ctx(False):
        if i == 0:
            continue
        break
