print(list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')), list(zip(strict=True)))
try:
    list(zip('ab', 'c', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('a', 'bc', 'd', strict=True))
except ValueError as e:
    print(e)
