# A decimal int literal longer than sys.get_int_max_str_digits() is a SyntaxError at compile time.
import sys

def try_compile(src):
    try:
        compile(src, 'lit', 'exec')
        print('compiled', len(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

try_compile('x = ' + '1' * 4300)
try_compile('x = ' + '1' * 4301)
try_compile('x = (1,\n  2 + ' + '9' * 5000 + ')')
try_compile('x = 1_' + '0' * 4300)
try_compile('x = 0x' + 'f' * 5000)
try_compile('x = 0b' + '1' * 5000)
try_compile('x = ' + '1' * 5000 + '.5')
try_compile('x = ' + '1' * 5000 + 'j')
sys.set_int_max_str_digits(640)
try_compile('x = ' + '7' * 641)
try_compile('x = ' + '7' * 640)
sys.set_int_max_str_digits(0)
try_compile('x = ' + '7' * 6000)
try:
    eval('1' * 700)
    print('eval ok')
except SyntaxError as e:
    print('eval', e.msg[:40])
