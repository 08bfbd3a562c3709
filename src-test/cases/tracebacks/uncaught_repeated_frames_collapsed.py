# CPython prints a run of identical frames at most three times, then a summary line.
def countdown(n):
    if n == 0:
        raise IndexError("reached zero")
    return countdown(n - 1)

countdown(10)
