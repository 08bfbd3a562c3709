def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

P4 = '/tmp/pyston_case_open_enc.txt'
with open(P4, 'w', encoding='latin-1') as f:
    f.write('é€'[:1] + '\n')
print(open(P4, 'rb').read(), repr(open(P4, encoding='latin-1').read()))
with open(P4, 'w', encoding='utf-16') as f:
    f.write('hi')
print(open(P4, 'rb').read(), open(P4, encoding='utf-16').read())
with open(P4, 'wb') as f:
    f.write(b'a\xffb')
check(lambda: open(P4).read())
print(open(P4, errors='replace').read(), open(P4, errors='surrogateescape').read().encode('utf-8', 'surrogateescape'))
with open(P4, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é')
print(open(P4).read())
open(P4, 'w').close()
