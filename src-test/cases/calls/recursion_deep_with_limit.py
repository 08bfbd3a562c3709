import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())
print(depth(15000))
