# _csv (what csv is built on): reading quoted, escaped and multi-line fields, dialect parameters,
# QUOTE_* modes both ways, the dialect registry, field_size_limit, and _csv.Error messages.
import _csv

def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (_csv.Error, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

def rows(lines, **kw):
    r = _csv.reader(lines, **kw)
    out = list(r)
    return out, r.line_num

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

def written(rowlist, **kw):
    s = Sink()
    w = _csv.writer(s, **kw)
    results = [w.writerow(r) for r in rowlist]
    return ''.join(s.parts), results

print(rows(['a,b,c\r\n', '1,"two, too",3\n', '"multi\n', 'line",x\n', '\n', 'last']))
print(rows(['"quoted ""inner"" quote",plain', '"unterminated']))
print(rows(['a;b;"c;d"'], delimiter=';'))
print(rows(["'a,b',c"], quotechar="'"))
print(rows(['a\\,b,c\\\\d,e\\'], escapechar='\\'))
print(rows(['a,  b,   "c"'], skipinitialspace=True))
print(rows(['1,2.5,"x",-3e2'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['"a",b"c'], quoting=_csv.QUOTE_NONE))
print(rows(['"a"b,c']), rows(['a\0b']), rows([]), rows(['']))
attempt("strict", rows, ['"a"b,c'], strict=True)
attempt("strict eof", rows, ['"abc'], strict=True)
attempt("newline", rows, ['a\rb'])
attempt("bytes", rows, [b'a,b'])
attempt("nonnumeric", rows, ['abc'], quoting=_csv.QUOTE_NONNUMERIC)

print(written([['a', 'b c', 'd,e'], [1, 2.5, None, True], ['q"uote', 'new\nline', ''], [''], []]))
print(written([['a', 1, 2.0, None]], quoting=_csv.QUOTE_ALL))
print(written([['a', 1, 2.0, False]], quoting=_csv.QUOTE_NONNUMERIC))
print(written([['a,b', 'c"d', 'e\\f']], quoting=_csv.QUOTE_NONE, escapechar='\\'))
print(written([['c"d']], doublequote=False, escapechar='\\'))
print(written([['x', 'y']], delimiter='\t', lineterminator='\n'))
attempt("no escapechar", written, [['a,b']], quoting=_csv.QUOTE_NONE)
attempt("no escapechar dq", written, [['a"b']], doublequote=False)
attempt("single empty", written, [['']], quoting=_csv.QUOTE_NONE)
attempt("not iterable", written, [5])
s = Sink()
_csv.writer(s).writerows([['a'], ['b', 'c']])
print(s.parts)

d = _csv.Dialect(delimiter=';', quotechar="'", escapechar='/', doublequote=False, skipinitialspace=True,
                 lineterminator='\n', quoting=_csv.QUOTE_ALL, strict=True)
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
d2 = _csv.Dialect(d, delimiter='|')
print(d2.delimiter, d2.quotechar, d2.quoting, type(d).__name__)
class Custom:
    delimiter = ':'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = _csv.QUOTE_MINIMAL
_csv.register_dialect('colons', Custom)
_csv.register_dialect('pipes', delimiter='|')
print(sorted(_csv.list_dialects()), _csv.get_dialect('colons').delimiter, rows(['a:b|c'], dialect='colons'), rows(['a:b|c'], dialect='pipes'))
_csv.unregister_dialect('pipes')
attempt("unregister", _csv.unregister_dialect, 'pipes')
attempt("get", _csv.get_dialect, 'nope')
attempt("reader dialect", _csv.reader, [], 'nope')
for kw in [dict(delimiter=None), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar='ab'), dict(quoting=9),
           dict(quoting='a'), dict(lineterminator=1), dict(escapechar='ab'), dict(escapechar=1), dict(bogus=1),
           dict(delimiter=''), dict(quotechar=None, quoting=_csv.QUOTE_ALL)]:
    attempt(kw, _csv.Dialect, **kw)
q = _csv.Dialect(quotechar=None)
print(q.quotechar, q.quoting)
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit())
attempt("limit", rows, ['abcdefghijkl'])
_csv.field_size_limit(131072)
attempt("writer no write", _csv.writer, 1)
attempt("reader not iterable", _csv.reader, 1)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__, _csv.Error.__mro__)
