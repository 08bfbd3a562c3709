# __reduce_ex__(2+) checks what __getnewargs_ex__/__getnewargs__ return, with CPython's errors.
class C:
    def __init__(self, r):
        self.r = r
    def __getnewargs_ex__(self):
        return self.r
for r in [((1,), "bad dict"), ("bad tuple", {}), (), "bad args", ((1,), {}, 3), ((1,), {"a": 1})]:
    try:
        print(C(r).__reduce_ex__(2)[1:3])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class G:
    def __getnewargs__(self):
        return [1]
try:
    G().__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)
