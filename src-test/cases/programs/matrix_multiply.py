def zeros(rows, cols):
    m = []
    for _ in range(rows):
        m.append([0] * cols)
    return m

def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    if len(a[0]) != k:
        raise ValueError("shape mismatch")
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(matmul(a, identity(3)) == a)
f = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = matmul(r, f)
print(r[0][1])
fl = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(fl, fl))
try:
    matmul(a, a)
except ValueError as e:
    print(e)
