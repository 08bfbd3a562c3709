def level3(x):
    return 10 // x

def level2(x):
    y = x - 1
    return level3(y)

def level1():
    print("about to fail")
    return level2(1)

level1()
print("not reached")
