# dict subclass overrides of __getitem__ are used by d[k] but not by dict.get or update.
class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
d = Loud(a=1)
print(d["a"], d.get("a"))
d["b"] = 2
d.update(c=3)
print(sorted(d.items()), len(d), isinstance(d, dict))
