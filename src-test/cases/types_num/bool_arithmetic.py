print(True + True, True * 10, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True == 1, False == 0, sum([True, True, False]), True << 3, int(True), float(False), str(True), repr(False), bool(2), bool(''), bool([0]))
