try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    (1,)[-2]
except IndexError as e:
    print(e)
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    range(3)[3]
except IndexError as e:
    print(e)
