from . import b
A = "a"
print("circ.a done, b.B =", b.B)
