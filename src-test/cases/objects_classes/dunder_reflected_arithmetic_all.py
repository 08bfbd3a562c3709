# Every binary operator has a reflected form tried when the left operand cannot handle it.
class R:
    def __getattr__(self, name):
        raise AttributeError(name)
names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]
for n in names:
    setattr(R, f"__r{n}__", (lambda n: lambda self, other: f"r{n}({other})")(n))
r = R()
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, 1 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r)
print(divmod(7, 2), pow(2, 5, 3))
class D:
    def __divmod__(self, other):
        return "divmod"
    def __rdivmod__(self, other):
        return "rdivmod"
print(divmod(D(), 1), divmod(1, D()))
