# int and float declare __eq__/__ne__ themselves (not object's identity test): called directly
# they compare values, and say NotImplemented for operands of other types.
print(int.__eq__(100, 3), int.__eq__(3, 3), (100).__eq__(3), (100).__ne__(3), (3).__ne__(3))
print(int.__eq__(1, 1.0), int.__ne__(1, "a"), int.__eq__(True, 1), True.__eq__(1))
print(float.__eq__(1.0, 2.0), float.__eq__(1.5, 1.5), float.__ne__(1.0, 1.0), float.__eq__(1.0, 1))
print(float.__eq__(1.0, "x"), (2.0).__ne__(3), float.__eq__(float("nan"), float("nan")))
big = 10 ** 30
print(int.__eq__(big, 10 ** 30), int.__ne__(big, big + 1))
print("__eq__" in int.__dict__, "__ne__" in float.__dict__)


class I(int):
    pass


print(I(3) == 3, I(3).__eq__(3), int.__eq__(I(3), 3), I(3) != 4, hash(I(3)), {I(3): "k"}[3])


class J(int):
    def __eq__(self, other):
        return "J.__eq__"

    __hash__ = int.__hash__


print(J(1) == 1, 1 == J(1), J(1) != 1)
print(sorted({1, 1.0, True, 2, 2.0}))
