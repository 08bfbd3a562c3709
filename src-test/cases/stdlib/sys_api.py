# sys: version info, argv, path, modules, recursion limit, exc_info, intern, getsizeof-free introspection, exit
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
import os
print([os.path.basename(a) for a in sys.argv], sys.byteorder, sys.maxsize, sys.maxunicode, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.modulus)
print('sys' in sys.modules, sys.modules['sys'] is sys, isinstance(sys.path, list), sys.implementation.name != '')
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.flags.dont_write_bytecode)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() if hasattr(sys, 'exception') else v)
print(sys.exc_info())
a = sys.intern('hello world'); print(a is sys.intern('hello world'))
print(callable(sys.getsizeof), sys.getsizeof(0) > 0)
print(sys.stdout.write('written\n'))
sys.stdout.flush()
print('to stderr-free', file=sys.stdout)
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name
print(f())
print(sys.displayhook.__name__, sys.excepthook.__name__, sys.__stdout__ is not None)
hooks = []
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit('msg')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
sys.exit(0)
