template = '''
class {name}(tuple):
    "A point"
    __slots__ = ()
    def __new__(cls, {args}):
        return tuple.__new__(cls, ({args},))
    def __repr__(self):
        return "{name}(" + ", ".join(repr(v) for v in self) + ")"
'''
ns = {"__name__": "made"}
exec(template.format(name="Point", args="x, y"), ns)
Point = ns["Point"]
p = Point(1, 2)
print(p, p[0] + p[1], type(p).__name__, Point.__doc__)
exec("total = sum(p)", {"p": p}, ns)
print(ns["total"])
try:
    exec("undefined_name", {})
except NameError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
