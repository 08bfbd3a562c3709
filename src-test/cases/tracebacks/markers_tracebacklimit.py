import sys
sys.tracebacklimit = 1

def inner():
    return {}['k']

def outer():
    return inner()

outer()
