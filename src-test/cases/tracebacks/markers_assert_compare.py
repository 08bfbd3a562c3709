def f(x):
    assert x == 1, 'x must be 1'
f(2)
