def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for v in it:
        yield v * v
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
print(list(evens(squares(numbers(10)))))
print(sum(x for x in squares(numbers(1000)) if x % 3 == 0))
