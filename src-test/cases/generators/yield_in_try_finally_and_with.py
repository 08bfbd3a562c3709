class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False
def g():
    with CM():
        try:
            yield 1
            yield 2
        finally:
            print("fin")
print(list(g()))
it = g()
next(it)
it.close()
