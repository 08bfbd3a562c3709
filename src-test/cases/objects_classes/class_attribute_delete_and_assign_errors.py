# del obj.__class__ is a TypeError (was a Java NullPointerException); assigning a non-class too.
class C: pass
class D: pass
c = C()
try: del c.__class__
except TypeError as e: print('TypeError', e)
try: c.__class__ = 5
except TypeError as e: print('TypeError', e)
c.__class__ = D; print(type(c).__name__)
try: del (1).__class__
except TypeError as e: print('TypeError', e)
