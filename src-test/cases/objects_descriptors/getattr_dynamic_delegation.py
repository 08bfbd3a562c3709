# __getattr__ is only called for missing attributes; it can delegate and raise AttributeError.
class Wrapper:
    def __init__(self, inner):
        self.inner = inner
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self.inner, name)
w = Wrapper([3, 1, 2])
w.append(0)
print(w.inner, w.count(1), w.calls, w.inner is w.__dict__["inner"])
print(getattr(w, "secret_key", "default"), hasattr(w, "secret"), w.calls)
try:
    w.secret_x
except AttributeError as e:
    print(e)
try:
    w.nonexistent
except AttributeError as e:
    print(e)
