from . import a
B = "b"
print("circ.b sees a partially:", hasattr(a, "A"))
