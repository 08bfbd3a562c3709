# _json speedups: scanstring (escapes, surrogate pairs, strict control characters, error positions)
# and encode_basestring(_ascii). Errors use the JSONDecodeError of an imported json.decoder (a stand-in here).
import _json
print(_json.scanstring('"hello" rest', 1), _json.scanstring('x"a\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\\ud800x"', 2))
print(_json.scanstring('"\U0001f600 ok" tail', 1), _json.scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"a\\qb"', 1), ('"a\\u12"', 1), ('"a\\u12zz"', 1), ('"a\nb"', 1), ('"\\ud800\\uzzzz"', 1), ('"abc"', 10), ('"abc\\', 1), ('"\U0001f600\\x"', 1)]:
    try:
        print(_json.scanstring(*args))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'pos', None))
for s in ['plain', 'quote " back \\ slash', 'ctl \n\r\t\b\f\x01\x1f', 'é€\U0001f600', '\x7f']:
    print(_json.encode_basestring_ascii(s), _json.encode_basestring(s))
for f in (_json.encode_basestring_ascii, _json.encode_basestring):
    try:
        f(b'x')
    except TypeError as e:
        print('TypeError', e)
try:
    _json.scanstring(b'"x"', 1)
except TypeError as e:
    print('TypeError', e)
import sys, types
fake = types.ModuleType('json.decoder')
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        ValueError.__init__(self, '%s: char %d' % (msg, pos))
        self.pos = pos
fake.JSONDecodeError = JSONDecodeError
sys.modules['json.decoder'] = fake
for args in [('"abc', 1), ('"a\\qb"', 1), ('"a\\u12"', 1), ('"a\\u12zz"', 1), ('"a\nb"', 1), ('"\\ud800\\uzzzz"', 1), ('"abc\\', 1), ('"\U0001f600\\x"', 1), ('ab"\U0001f600\n"', 3)]:
    try:
        print(_json.scanstring(*args))
    except JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
