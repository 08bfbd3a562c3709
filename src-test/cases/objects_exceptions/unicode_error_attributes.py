# Unicode{Encode,Decode,Translate}Error: args are (encoding, object, start, end, reason), checked by
# __init__; str() is computed from the (writable) attributes.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(u.encoding, u.object, u.start, u.end, u.reason, u.args)
print(str(u))
u.end = 2
print(str(u))
u.encoding = 4000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u.end = 2
print(str(u))
u = UnicodeTranslateError('xxxxx', 1, 5, 'foo')
print(u.object, u.start, u.end, u.reason, str(u))
u.end = 2
print(str(u))
u = UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'nope')
print(str(u))
u = UnicodeTranslateError('\xff\u1234\U00012345', 1, 2, 'r')
print(str(u))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e)
try:
    UnicodeEncodeError('a')
except TypeError as e:
    print(e)
print(str(UnicodeEncodeError.__new__(UnicodeEncodeError)))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.args, e)
print(b'a\xffb'.decode('ascii', 'replace'), 'aéb'.encode('ascii', 'backslashreplace'))
for bad in [(1, 'x', 0, 1, 'r'), ('a', 'x', 'no', 1, 'r'), ('a', 'x', 0, 1, 5)]:
    try:
        UnicodeEncodeError(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    UnicodeDecodeError('a', 'str', 0, 1, 'r')
except TypeError as e:
    print("TypeError", e)
print(UnicodeDecodeError('a', bytearray(b'xy'), 0, 1, 'r').object)
