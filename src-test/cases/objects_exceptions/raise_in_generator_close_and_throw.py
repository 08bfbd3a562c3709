# generator.throw raises inside the generator at the yield; close raises GeneratorExit there.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in generator", e)
        yield "recovered"
    finally:
        print("generator finally")
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
g.close()
g2 = gen()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
