def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {} != {1: 1}, {'a': [1]} == {'a': [1]}, {1: 1} == {1.0: 1.0})
check(lambda: {} < {})
check(lambda: {1: 2} > {1: 1})
