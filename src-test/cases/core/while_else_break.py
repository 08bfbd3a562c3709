# The else clause runs only when the loop ends without break.
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)

i = 0
while i < 10:
    if i == 4:
        print("break at", i)
        break
    i += 1
else:
    print("not printed")
print("after, i =", i)

# A loop that never runs still runs else.
while False:
    print("never")
else:
    print("else of empty while")
