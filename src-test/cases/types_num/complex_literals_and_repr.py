print(1j, 2.5j, 1+2j, 1-2j, -1j, 0j, -0j, 1e20j, (1+1e-5j), 1j * 1j, complex(-0.0, -0.0), complex(0.0, -1))
print(repr(3+0j), str(1.5-2.5j), complex(float('inf'), float('nan')), complex(1e16, 2), type(1j).__name__)
