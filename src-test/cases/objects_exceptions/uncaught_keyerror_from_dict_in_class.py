# An uncaught KeyError from a dict lookup inside a method shows the key's repr.
class Registry:
    def __init__(self):
        self.items = {"a": 1}
    def get(self, name):
        return self.items[name]
r = Registry()
print(r.get("a"))
r.get("missing key")
