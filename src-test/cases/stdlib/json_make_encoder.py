# _json.make_encoder as json.dumps calls it (one-shot, no indent): constants, numbers, strings with
# either string encoder, nesting, key conversion and sorting, skipkeys, default(), NaN handling,
# circular references, and the errors.
import _json

def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

def enc(o, markers=True, encoder=_json.encode_basestring_ascii, kseps=(', ', ': '), sort_keys=False,
        skipkeys=False, allow_nan=True):
    e = _json.make_encoder({} if markers else None, default, encoder, None, kseps[1], kseps[0],
                           sort_keys, skipkeys, allow_nan)
    return e(o, 0)

def attempt(label, *args, **kw):
    try:
        print(label, enc(*args, **kw))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

print(enc(None), enc(True), enc(False), enc(0), enc(-12345678901234567890), enc(1.5), enc(1e300), enc(0.1 + 0.2))
print(enc('plain'), enc('é\n"\\'), enc('é\n', encoder=_json.encode_basestring), enc('x', encoder=lambda s: '<' + s + '>'))
print(enc([1, [2, []], (3, 4), {}]), enc({'b': 1, 'a': [True, None], 'c': {'d': 'e'}}))
print(enc({'b': 1, 'a': 2}, sort_keys=True), enc({1: 'i', 2.5: 'f', True: 't', None: 'n'}), enc({'x': 1}, kseps=(',', ':')))
print(enc({(1, 2): 'tuple', 'ok': 1}, skipkeys=True), enc({1, 3, 2}), enc([float('inf'), float('-inf'), float('nan')]))
attempt("nan", [float('nan')], allow_nan=False)
attempt("key", {(1, 2): 'x'})
attempt("default", [object.__new__(type('Thing', (), {}))])
cyc = []
cyc.append(cyc)
attempt("cycle list", cyc)
d = {}
d['self'] = d
attempt("cycle dict", d)
attempt("bad encoder", 'x', encoder=lambda s: 5)
attempt("sort mixed", {1: 'a', 'b': 2}, sort_keys=True)
shared = [1]
print(enc([shared, shared]), enc([shared, shared], markers=False))
