print("nsp.part.mod", __name__, __package__)
VALUE = 42
