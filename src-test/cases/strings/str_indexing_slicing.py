s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:])
print(s[::2], s[1::2], s[::-1], s[8:2:-2])
print(s[100:], s[-100:3], repr(s[5:2]))
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
