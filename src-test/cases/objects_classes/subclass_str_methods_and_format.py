# A str subclass keeps str methods; results of methods are plain str.
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hello")
print(t, t.shout(), type(t.upper()).__name__, len(t), t[1:3], t + "x", "ell" in t, f"{t:>7}|")
print(Tag("b") < Tag("c"), sorted([Tag("z"), Tag("a")]), t == "hello", {t: 1}["hello"])
