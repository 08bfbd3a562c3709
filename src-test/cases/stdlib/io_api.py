# io: StringIO/BytesIO/TextIOWrapper/BufferedReader over files, modes, newline handling, seek/tell, errors on closed/unsupported
import io, os, tempfile
s = io.StringIO('line1\nline2\r\nline3')
print(s.readline(), s.readlines(), s.tell(), s.read(), s.seek(0), s.read(5), s.getvalue() == 'line1\nline2\r\nline3')
s = io.StringIO(newline=None); s.write('a\r\nb\rc\n'); print(repr(s.getvalue()))
s = io.StringIO(); print(s.write('héllo'), s.tell(), s.truncate(2), repr(s.getvalue()), s.seekable(), s.readable(), s.writable())
print(list(io.StringIO('x\ny\n')), [l for l in io.StringIO('no newline')])
b = io.BytesIO(b'abcdef')
print(b.read(2), b.read1(2), b.tell(), b.seek(-1, io.SEEK_END), b.read(), b.getvalue(), b.getbuffer().nbytes, b.write(b'XY'), b.getvalue())
ba = bytearray(3); print(io.BytesIO(b'xyz12').readinto(ba), ba)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'w', encoding='utf-8') as f:
        print(type(f).__name__, f.mode, f.encoding, f.name == p, f.write('ünï\ncode\n'), f.writable(), f.readable())
        print('via print', file=f)
    with open(p, 'rb') as f:
        raw = f.read(); print(type(f).__name__, raw, len(raw))
    with open(p, encoding='utf-8') as f:
        print(f.readline(), f.tell() > 0, f.read(2), [l.rstrip() for l in f])
    with open(p, 'a') as f:
        f.write('appended')
    with open(p, 'r+b') as f:
        f.seek(1); f.write(b'Z'); f.seek(0); print(f.read(4), f.tell())
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall()[-8:])
    with open(p, 'rb') as f:
        print(f.peek(1)[:1], f.readline(), type(f.raw).__name__)
    with open(p, 'w', newline='\r\n') as f:
        f.write('crlf\nline\n')
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, newline='') as f:
        print(repr(f.read()))
    with open(p, 'x' if False else 'w', encoding='latin-1') as f:
        f.write('caf\xe9')
    with open(p, 'rb') as f:
        print(f.read())
    try:
        open(p, encoding='ascii').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    with open(p, encoding='ascii', errors='replace') as f:
        print(repr(f.read()))
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        open(os.path.join(d, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, os.path.basename(e.filename))
    try:
        open(p, 'rw')
    except ValueError as e:
        print('ValueError', e)
    try:
        open(p, 'rb', encoding='utf-8')
    except ValueError as e:
        print('ValueError', e)
    f = open(p); f.close()
    try:
        f.read()
    except ValueError as e:
        print('ValueError', e, f.closed)
    with open(p) as f:
        try:
            f.write('x')
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-16', newline='\n'); w.write('hi\n'); w.flush(); print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'a\nb\nc'), encoding='ascii'); print(r.readlines(), r.encoding, r.line_buffering)
br = io.BufferedReader(io.BytesIO(b'0123456789'), buffer_size=4); print(br.read(3), br.read(5), br.read())
bw = io.BufferedWriter(io.BytesIO()); bw.write(b'buffered'); bw.flush(); print(bw.raw.getvalue())
class Upper(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s.upper()); return len(s)
u = Upper(); print('custom stream', file=u); print(u.parts, u.writable() if hasattr(u, 'writable') else None)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.StringIO, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase))
for call in (lambda: io.StringIO(b'x'), lambda: io.BytesIO('x'), lambda: io.StringIO().write(b'x'), lambda: io.StringIO('x').seek(1, 1), lambda: io.BytesIO().seek(-1)):
    try:
        call()
    except (TypeError, OSError, ValueError) as e:
        print(type(e).__name__, e)
