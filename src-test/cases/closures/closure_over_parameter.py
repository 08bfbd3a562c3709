def make_adder(n):
    return lambda v: v + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def scale(factor):
    def apply(items):
        return [i * factor for i in items]
    return apply
print(scale(3)([1, 2, 3]))
