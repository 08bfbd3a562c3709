# str() falls back to __repr__; repr() and str() must return str.
class OnlyRepr:
    def __repr__(self):
        return "R"
class OnlyStr:
    def __str__(self):
        return "S"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr())[:9], [OnlyStr()][0] is not None)
print([OnlyRepr(), OnlyRepr()], f"{OnlyRepr()!s} {OnlyRepr()!r}", "%s %r" % (OnlyStr(), OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
for f in [lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: str(BadRepr()), lambda: print(BadStr())]:
    try:
        f()
    except TypeError as e:
        print(e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
print(str(ReturnsSub()), "%s" % ReturnsSub(), f"{ReturnsSub()}")
