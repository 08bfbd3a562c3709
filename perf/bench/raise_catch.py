# raise + catch in a loop, and `try: d[k] except KeyError:` misses (issue 4's exception cost)
class AppError(Exception):
    pass

def raise_catch(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            raise AppError("x")
        except ValueError as e:
            caught += 1
        except AppError:
            caught += 2
    return caught

def dict_misses(n):
    d = {}
    hits = 0
    for i in range(n):
        k = i % 1000
        try:
            hits += d[k]
        except KeyError:
            d[k] = 1
        if i % 5000 == 0:
            d.clear()
    return hits

print(raise_catch(1500000), dict_misses(3000000))
