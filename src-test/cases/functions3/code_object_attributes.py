def f(a, b, *args, k, **kw):
    x = 1
    return x
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount)
print(c.co_varnames)
print(c.co_filename.endswith("code_object_attributes.py"), c.co_firstlineno)
