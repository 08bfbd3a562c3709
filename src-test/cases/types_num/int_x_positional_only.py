# int(x, /, base=10): x cannot be passed by keyword; base can.
for f in (lambda: int(x=1), lambda: int(x="5", base=10), lambda: int(base=10), lambda: int("z", base=36),
          lambda: int("11", 2), lambda: int(bogus=1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
for i in range(3):
    try:
        int(x=i)
    except TypeError as e:
        print(e)
