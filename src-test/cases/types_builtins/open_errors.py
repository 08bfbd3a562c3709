def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

P3 = '/tmp/pyston_case_open_errors.txt'
open(P3, 'w').close()
check(lambda: open('/tmp/pyston_no_such_dir/x.txt'))
check(lambda: open(P3, 'x'))
for m in ('rw', 'z', 'rb+t', 'wa', 'rr', ''):
    check(lambda: open(P3, m))
check(lambda: open(P3, 'rb', encoding='utf-8'))
check(lambda: open(P3, 'rb', newline=''))
check(lambda: open(P3, 'r', newline='x'))
check(lambda: open(P3, 'r', encoding='bogus'))
check(lambda: open(1.5))
check(lambda: open('/tmp'))
f = open(P3)
f.close()
check(lambda: f.read())
check(lambda: f.write('x'))
try:
    open('/tmp/pyston_no_such_dir/y.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
