# Class methods of built-in types are classmethod_descriptors: dict.fromkeys and int.from_bytes build
# instances of the subclass they are called on.
import collections, types
class D(dict): pass
print(type(D.fromkeys('ab')), D.fromkeys('ab'), type(D().fromkeys('a', 1)), dict.fromkeys('xy', 0))
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
print(Logging.fromkeys([1, 2], 'v'))
class Odd(dict):
    def __new__(cls): return collections.UserDict()
u = Odd.fromkeys('ab'); print(type(u).__name__, u)
print(type(collections.defaultdict.fromkeys('a')).__name__)
class I(int): pass
print(type(I.from_bytes(b'\x01', 'big')), I.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff', 'little', signed=True))
for cm in (dict.__dict__['fromkeys'], int.__dict__['from_bytes'], bytes.__dict__['fromhex']):
    print(type(cm).__name__, cm, cm.__name__, cm.__qualname__, cm.__objclass__)
print(types.ClassMethodDescriptorType, type(dict.__dict__['fromkeys']) is types.ClassMethodDescriptorType)
print(dict.__dict__['fromkeys'](D, 'z'), type(dict.__dict__['fromkeys'].__get__(None, D)('q')).__name__)
print(dict.__dict__['fromkeys'].__get__({})('r'))
for bad in (lambda: dict.__dict__['fromkeys'](int, 'a'), lambda: dict.__dict__['fromkeys'](1, 'a'),
            lambda: dict.__dict__['fromkeys'].__get__(None, int), lambda: dict.__dict__['fromkeys'](), lambda: dict.fromkeys(),
            lambda: dict.fromkeys(3)):
    try: bad()
    except TypeError as e: print('TypeError', e)
class Bad(dict):
    def __init__(self): raise KeyError('init')
try: Bad.fromkeys([1])
except KeyError as e: print('KeyError', e)
print(bytearray.fromhex('41'), type(b''.fromhex('42')))
