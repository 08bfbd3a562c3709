print(list(range(10, 0, -3)), list(range(0, -5, -1)), range(10, 0, -3)[1], len(range(10, 0, -3)), 4 in range(10, 0, -3), list(range(3)[::-1]))
