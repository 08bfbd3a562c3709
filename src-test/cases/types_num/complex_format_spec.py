# format() of complex numbers: float presentation types applied to both parts, the imaginary part
# always signed, str()-like output without a type, padding of the whole, and CPython's errors.
def show(spec, z=complex(1.5, -2.25)):
    try:
        print(repr(spec), repr(format(z, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ['', '.2f', '>20', '<20', '^21', '*^21', 'g', 'e', 'E', '.3', '+.3', ' .3', '-', '+', ' ', '.0f',
             '#.0f', 'n', ',.2f', '_.1f', '20.3e', 'z.1f', '%', 'd', 'x', 's', '=10', '010', '0<10', '.2%']:
    show(spec)
for z in [complex(0, 2), complex(-0.0, 2), complex(0, -0.0), complex(1e20, 1e-7), complex(float('inf'), float('nan')),
          complex(1234567.125, -0.5), complex(-1, 0)]:
    for spec in ['', 'g', '.2f', '+', ',', '>30']:
        show(spec, z)
print(f'{complex(3, 4):>{12}.1f}|{2j:^9}|')
print('{0:.1f} {0.real} {0.imag:+}'.format(1+2j))
