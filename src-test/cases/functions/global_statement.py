count = 0

def bump():
    global count
    count += 1

def read_only():
    return count * 10

bump()
bump()
print(count, read_only())

def shadow():
    count = 100
    return count

print(shadow(), count)
