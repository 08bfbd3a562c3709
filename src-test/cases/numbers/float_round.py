# round() uses round-half-to-even and the exact binary value of the float.
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 3), round(1234.5678, -2), round(7), type(round(7.6)).__name__)
