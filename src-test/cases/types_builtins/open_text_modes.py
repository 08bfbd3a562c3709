P1 = '/tmp/pyston_case_open_text.txt'
with open(P1, 'w') as f:
    print(f.write('line1\nline2\r\nline3\rend'), f.closed, f.name, f.mode, f.writable(), f.readable())
print(f.closed)
with open(P1) as f:
    print(repr(f.read()))
with open(P1, newline='') as f:
    print(list(f))
with open(P1, newline='\n') as f:
    print(f.readlines())
with open(P1, 'a') as f:
    f.write('\nappended')
for line in open(P1):
    print(repr(line))
with open(P1) as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readlines(), repr(f.readline()), repr(f.read()))
with open(P1, 'w', newline='\r\n') as f:
    f.writelines(['a\n', 'b\n'])
print(open(P1, 'rb').read())
open(P1, 'w').close()
