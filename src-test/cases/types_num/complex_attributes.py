z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), z == complex('3-4j'), -z, +z, z * z.conjugate())
