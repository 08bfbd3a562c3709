a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b = [1]
print(a, b)
first, *middle, last = range(2)
print(first, middle, last)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
