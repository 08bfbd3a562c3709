# json.loads through _json.make_scanner (the Java scan_once): values, hooks, memoized keys, and every
# error message and position, non-BMP text included, against CPython's C scanner.
import json, json.decoder
from collections import OrderedDict
print(type(json.decoder.scanner.make_scanner).__name__, json.scanner.c_make_scanner is not None)
docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0, -0, "x\\u00e9\\n"], "b": {"c": null, "d": true, "e": false}}',
        '  [ ]  ', '{}', ' {"k" : "v" , "k2":[ {"z":1} ] } ', '12345678901234567890123', '-1.5e-3',
        'NaN', '[Infinity, -Infinity]', '"\\ud83d\\ude00 \U0001F600"', '[1, "\U0001F600", 2]', '0.5', '1.0e5']
for d in docs:
    v = json.loads(d)
    print(repr(v))
bad = ['', '[', '{', '[1,', '[1 2]', '{"a" 1}', '{"a":}', '{"a":1,}', '[1,]', '{1: 2}', 'nul', '01', '-',
       '{"a": 1 "b": 2}', '[1] x', '"abc', '"\U0001F600" [', '[\U0001F600]', '{"\U0001F600": }', '1.', '2e', '.5',
       '[-]', '{"a":1', '[1, 2', 'tru', '"\\x"', '"a\x01"']
for d in bad:
    try:
        json.loads(d)
        print("ok?", repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e, e.pos)
print(json.loads('{"a": 1, "b": [1.5]}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, NaN]', parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s,
                 parse_constant=lambda s: "const:" + s))
print(json.loads('"a\x01"', strict=False), json.loads('[1e400, -1e400]'))
dec = json.JSONDecoder()
print(dec.raw_decode('  [1, 2] tail'[2:]), dec.scan_once('xx[3]', 2))
for args in (('[1]', -1), ('[1]', 5), (5, 0)):
    try:
        print(dec.scan_once(*args))
    except (ValueError, StopIteration, TypeError) as e:
        print(type(e).__name__, e)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('1' * 30) % 97)
