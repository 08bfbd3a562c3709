class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case None:
            return "none"
        case True:
            return "true"
        case str() as s if len(s) > 3:
            return "long str " + s
        case str(s):
            return "str " + s
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others={sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case _:
            return "other"

for v in [0, 1, None, True, "hello", "hi", [1, 2], (1, 2, 3), [9], {"kind": "circle", "r": 2},
          {"kind": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5), Point(3, 4), -2, -1.5, 7, "abcd"[0:0]]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match (1, 2):
    case (a, b):
        print("bound", a, b)
