# Generator resumption: a generator expression feeding sum(), and a three-stage pipeline.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for v in it:
        yield v * v

def keep_even(it):
    for v in it:
        if v % 2 == 0:
            yield v

total = 0
for _ in range(3):
    total += sum(x * x for x in range(1000000))
pipeline = sum(keep_even(squares(numbers(1500000))))
print("genexpr:", total, "pipeline:", pipeline)
