x = 5
print(-x, +x, -(-x), ~x, not x)
print(-2**2, (-2)**2)
print(-0.0, +(-1.5), -True, ~False)
print(- - - 1, not not 1)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
