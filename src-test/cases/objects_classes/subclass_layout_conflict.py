for bases in [(int, str), (list, dict), (int, Exception)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class A(int): pass
class B(A): pass
print(B(4) + 1, B.__mro__[2].__name__)
class M(list): pass
class N(M, list): pass
print(N([1]) + [2])
