def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return "<%s>%s</%s>" % (name, fn(*a, **k), name)
        return wrapper
    return deco
def upper(fn):
    return lambda *a: fn(*a).upper()
@tag("b")
@upper
def greet(who):
    return "hi " + who
print(greet("bob"))
calls = []
def record(fn):
    calls.append(fn.__name__)
    return fn
@record
def one(): pass
@record
def two(): pass
print(calls)
