def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
it.close()
print(list(it))
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
x = h(); next(x); x.close()
