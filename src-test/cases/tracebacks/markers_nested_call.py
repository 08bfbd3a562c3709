def check(x):
    return x.missing

def outer():
    return len([check(check(1))])

outer()
