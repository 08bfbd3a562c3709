def f():
    raise ValueError('x')  # the comment is not part of the statement
f()
