# add_note rules; notes are printed after the message of an uncaught exception.
e = ValueError("bad")
e.add_note("first note")
e.add_note("second\nnote")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
f = KeyError("k")
f.__notes__ = "not a list"
try:
    f.add_note("x")
except TypeError as err:
    print(err)
def fail():
    raise e
fail()
