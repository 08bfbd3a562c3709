import sys
sys.tracebacklimit = 0

def inner():
    return {}['k']

inner()
