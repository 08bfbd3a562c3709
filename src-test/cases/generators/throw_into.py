def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)
it = g()
print(next(it))
print(it.throw(ValueError("x")))
print(it.throw(ValueError, "y"))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(next(it, "exhausted"))
