# __hash__ = None makes instances unhashable; a subclass can restore hashing.
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Restored(NoHash):
    def __hash__(self):
        return 7
print(hash(Restored()), {Restored(): 1}[Restored()] if False else len({Restored(), Restored()}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
class EqAndInherit(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqAndInherit())).__name__)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
