# Spectral norm (issue 5): the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), estimated by power iteration on A^T A with
# an n x n section. Function calls in the inner loop, int arithmetic for the index formula and
# float division and accumulation. Prints the estimate (a checksum of the work).


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(i, j) * v[j]
        out.append(s)
    return out


def times_transposed(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(j, i) * v[j]
        out.append(s)
    return out


def ata_times(v, n):
    return times_transposed(times(v, n), n)


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = ata_times(u, n)
        u = ata_times(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return (vbv / vv) ** 0.5


print(f"{spectral_norm(350, 10):.9f}")
