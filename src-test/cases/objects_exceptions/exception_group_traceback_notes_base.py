# Notes print inside the box; a BaseExceptionGroup with a KeyboardInterrupt member is uncaught as such.
e1 = ValueError("first")
e1.add_note("note on first")
e1.add_note("second line\nof a note")
g = BaseExceptionGroup("base", [e1, KeyboardInterrupt()])
g.add_note("note on the group")
try:
    raise g
except Exception:
    print("not reached")
except BaseExceptionGroup as caught:
    print("caught", repr(caught), len(caught.exceptions))
    raise
