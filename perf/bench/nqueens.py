# N-queens by brute force over permutations, in the spirit of the classic "nqueens" benchmark:
# generators, itertools.permutations, set comprehensions over generator expressions, tuples.
# Prints the number of solutions for each board size and a checksum of the first columns.
from itertools import permutations


def solutions(n):
    cols = range(n)
    for perm in permutations(cols):
        if (n == len({perm[i] + i for i in cols})
                == len({perm[i] - i for i in cols})):
            yield perm


def main():
    for n in (6, 7, 8, 9, 9, 9, 9):
        count = 0
        checksum = 0
        for sol in solutions(n):
            count += 1
            checksum = (checksum * 7 + sum(c * (i + 1) for i, c in enumerate(sol))) % 1000003
        print(n, count, checksum)


main()
