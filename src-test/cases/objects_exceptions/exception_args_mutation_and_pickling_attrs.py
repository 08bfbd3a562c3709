# args can be reassigned; str/repr follow; __reduce__ gives (type, args).
e = ValueError("a")
e.args = ("x", 2)
print(str(e), repr(e))
e.args = [1]
print(e.args, str(e))
print(ValueError("q").__reduce__())
e2 = RuntimeError()
e2.extra = 1
print(e2.__dict__, e2.__reduce__())
