# object.__reduce_ex__ / __reduce__ / __getstate__ / __getnewargs__ as CPython 3.11 (what copy and
# pickle build on): protocol 2+ gives copyreg.__newobj__ with the class, the state, and list/dict items.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def describe(r):
    parts = [getattr(r[0], '__name__', r[0])]
    for x in r[1:]:
        parts.append(list(x) if hasattr(x, '__next__') else x)
    return parts

class P:
    def __init__(self):
        self.a = 1
        self.b = [2]

class Empty:
    pass

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 5

class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.z = 9

class Args:
    def __getnewargs__(self):
        return (1, 2)

class ArgsEx:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})

class BadArgs:
    def __getnewargs__(self):
        return [1]

class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())

class MyList(list):
    pass

class MyDict(dict):
    pass

show('getstate P', lambda: P().__getstate__())
show('getstate Empty', lambda: Empty().__getstate__())
show('getstate Slotted', lambda: Slotted().__getstate__())
show('getstate Both', lambda: Both().__getstate__())
show('getstate object', lambda: object().__getstate__())
for proto in (2, 3, 4, 5):
    r = P().__reduce_ex__(proto)
    show('reduce_ex P %d' % proto, lambda: (describe(r), r[1][0] is P))
show('reduce_ex Args', lambda: describe(Args().__reduce_ex__(2)))
show('reduce_ex ArgsEx', lambda: describe(ArgsEx().__reduce_ex__(4)))
show('reduce_ex BadArgs', lambda: BadArgs().__reduce_ex__(2))
show('reduce_ex OwnReduce', lambda: OwnReduce().__reduce_ex__(2))
show('reduce_ex MyList', lambda: describe(MyList([1, 2]).__reduce_ex__(2)))
show('reduce_ex MyDict', lambda: describe(MyDict(a=1).__reduce_ex__(2)))
r = P().__reduce_ex__(1)
show('reduce_ex P 1', lambda: (r[0].__name__, r[1][0] is P, r[1][1] is object, r[1][2], r[2]))
r = P().__reduce__()
show('reduce P', lambda: (r[0].__name__, r[1][0] is P, r[2]))
show('reduce_ex bad proto', lambda: P().__reduce_ex__('x'))
