def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex(' 0x10 '), float.fromhex('inf'))
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (1.5).conjugate())
print(float.__add__(1.5, 2), (1.5).__radd__(1), (1.5).__add__('x'), (7.5).__mod__(2), (7.5).__rmod__(2), (2.0).__rpow__(3), (1.5).__divmod__(1))
check(lambda: float.fromhex('0xg'))
check(lambda: (float('inf')).as_integer_ratio())
check(lambda: (float('nan')).as_integer_ratio())
check(lambda: (float('nan')).__round__())
