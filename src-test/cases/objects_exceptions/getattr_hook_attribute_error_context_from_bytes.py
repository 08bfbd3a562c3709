# An AttributeError a __getattr__/__getattribute__ hook raises bare gets name and obj (CPython's
# set_attribute_error_context); int.from_bytes takes __bytes__ first, with CPython's errors.
import sys, traceback
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
    print(traceback.format_exception_only(type(e), e)[-1].rstrip())
class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError('custom', name='other', obj=None)
try:
    B().bluch
except AttributeError as e:
    print(repr(e.name), e.obj)
class C:
    def __getattribute__(self, attr):
        raise AttributeError
try:
    getattr(C(), 'zap')
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
print(getattr(A(), 'nope', 'dflt'), hasattr(A(), 'nope'))

class ValidBytes:
    def __bytes__(self): return b'\x01\x00'
class InvalidBytes:
    def __bytes__(self): return 'abc'
class RaisingBytes:
    def __bytes__(self): 1 / 0
print(int.from_bytes(ValidBytes(), 'big'), int.from_bytes(ValidBytes(), 'little'))
for bad in (InvalidBytes(), RaisingBytes(), 0, 'x'):
    try: int.from_bytes(bad, 'big')
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
class SubStr(str): pass
print(int.from_bytes(b'\x00\x02', SubStr('little')), int.from_bytes(bytearray(b'\xff'), 'big', signed=True))
