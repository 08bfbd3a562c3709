# Sequence unpacking in the spirit of the classic "unpack_sequence" benchmark: assignments that
# unpack tuples and lists of 10 elements, starred targets, nested targets and swaps in a loop.
# Prints a checksum of the unpacked values.


def do_unpacking(loops, seq):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + j
        first, *middle, last = seq
        total += len(middle) + last - first
        (x, y), (z, w) = (a, b), (c, d)
        x, y, z, w = w, z, y, x
        total += x - w
    return total


def main():
    t = tuple(range(10))
    l = list(range(10, 20))
    total = do_unpacking(600000, t) + do_unpacking(600000, l)
    try:
        a, b = t
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        a, b, *c = (1,)
    except ValueError as e:
        print(type(e).__name__, e)
    print("total", total)


main()
