def g():
    print("never")
    yield 1
it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(next(it, "finished"))
