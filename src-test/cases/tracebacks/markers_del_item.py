data = [1, 2]
del data[0], data[5]
