# json: dumps/loads options, custom encoders/decoders, errors with positions, round-trips
import json, io, collections, decimal
doc = {'name': 'pyston', 'n': 3, 'pi': 3.14159, 'ok': True, 'none': None, 'list': [1, 2.5, 'x'], 'nested': {'a': []}}
s = json.dumps(doc); print(s); print(json.loads(s) == doc)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, separators=(',', ':'), sort_keys=True), json.dumps([1, [2]], indent='\t'))
print(json.dumps('héllo\n"q"\u2028'), json.dumps('héllo', ensure_ascii=False), json.dumps('\U0001f600'))
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps((1, 2)), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.loads('[1, 2.0, "s", true, false, null, {"k": -1e3}]'), json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(json.loads('  {"a" : 1 }  '), json.loads('NaN'), json.loads('-Infinity'), json.loads('123456789012345678901234567890'))
print(json.loads('{"a": 1.5}', parse_float=decimal.Decimal), json.loads('{"a": 7}', parse_int=float), json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads(b'{"bytes": true}'), json.loads('{"a": 1, "a": 2}'))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, cls=Enc), json.dumps({3, 1}, default=sorted))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError', e)
for bad in ('{"a": 1,}', '[1, 2', '', 'tru', '{"a" 1}', '"\\x"', '[1] x', '{1: 2}', '"abc', '\n\n  [1,,2]'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, '|', e.pos, e.lineno, e.colno, '|', e, isinstance(e, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print('TypeError', e)
buf = io.StringIO(); json.dump({'k': [1, 2]}, buf, indent=1); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
dec = json.JSONDecoder(); print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' [true] '))
print(json.JSONEncoder(sort_keys=True, indent=None).encode({'z': 1, 'a': [None]}), list(json.JSONEncoder().iterencode([1, 'a'])))
print(json.dumps('x' * 3, skipkeys=True), json.dumps({(1,): 1, 'k': 2}, skipkeys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
class IntLike(int): pass
class FloatLike(float): pass
print(json.dumps([IntLike(5), FloatLike(2.5), True]))
