# Fannkuch-redux in the spirit of the classic benchmark: every permutation of 1..n, counting the
# pancake flips (prefix reversals by slice assignment) until 1 comes first. Exercises list slicing,
# slice assignment with a reversed slice, list.pop/insert and integer loops.


def fannkuch(n):
    count = list(range(1, n + 1))
    perm1 = list(range(n))
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[-1] != n - 1:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        nperm += 1
        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum, nperm


def main():
    for _ in range(3):
        mf, cs, np = fannkuch(9)
        print("max flips", mf, "checksum", cs, "permutations", np)


main()
