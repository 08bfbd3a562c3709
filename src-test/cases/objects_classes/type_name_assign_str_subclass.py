# C.__name__/__qualname__ accept a str subclass instance (PyUnicode_Check), reject other types and NULs.
class S(str): pass
class C: pass
C.__name__ = S('abc'); print(C.__name__, C)
C.__qualname__ = S('q.abc'); print(C.__qualname__, C)
for bad in (5, b'x'):
    try: C.__name__ = bad
    except TypeError as e: print('TypeError', e)
    try: C.__qualname__ = bad
    except TypeError as e: print('TypeError', e)
try: C.__name__ = 'a\0b'
except ValueError as e: print('ValueError', e)
