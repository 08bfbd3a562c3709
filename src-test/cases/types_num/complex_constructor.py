def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(complex(), complex(1), complex(1.5, 2), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-2.5e1j'), complex('5'))
print(complex(1+2j, 1j), complex(real=1, imag=2), complex(True))
check(lambda: complex('1+2j', 1))
check(lambda: complex(1, '2'))
check(lambda: complex('abc'))
check(lambda: complex([]))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
