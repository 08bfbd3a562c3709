# TextIOWrapper.read() decodes the whole rest of the input in one final call, as CPython's:
# a decoding error's position counts from the start of that input, not from a chunk boundary.
import codecs, io
for f in (lambda: b'caf\xe9'.decode('utf-8'),
          lambda: codecs.getincrementaldecoder('utf-8')().decode(b'caf\xe9', final=True),
          lambda: io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='utf-8').read(),
          lambda: io.TextIOWrapper(io.BytesIO(b'ab\xffcd'), encoding='utf-8').read(),
          lambda: io.TextIOWrapper(io.BytesIO(b'x' * 10000 + b'\xe9'), encoding='utf-8').read(),
          lambda: io.TextIOWrapper(io.BytesIO(b'x' * 10000 + b'\xe9abc'), encoding='utf-8').read(),
          lambda: io.TextIOWrapper(io.BytesIO(b'abc\xe9'), encoding='utf-8').readline(),
          lambda: io.TextIOWrapper(io.BytesIO(b'a\nbc\xe9'), encoding='utf-8').readlines(),
          lambda: [codecs.getincrementaldecoder('utf-8')().decode(b'ab\xe9'), 1],
          lambda: (lambda d: (d.decode(b'ab\xe9'), d.decode(b'', final=True)))(codecs.getincrementaldecoder('utf-8')()),
          lambda: io.TextIOWrapper(io.BytesIO(b'ab\xe9'), encoding='ascii').read(),
          lambda: io.TextIOWrapper(io.BytesIO('é'.encode('utf-16-le') + b'\x00'), encoding='utf-16-le').read(),
          ):
    try:
        print(f())
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.object[:12] if len(e.object) < 20 else len(e.object))
import os, tempfile
fd, path = tempfile.mkstemp()
os.write(fd, "café\n".encode("latin-1") * 3000)
os.close(fd)
try:
    with open(path, encoding="utf-8") as f:
        print(len(f.readline()))
except UnicodeDecodeError as e:
    print("readline:", e)
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("read:", e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(len(f.read()), f.read())
with open(path, encoding="utf-8", errors="replace", newline="") as f:
    f.read(5)
    print(len(f.read()), f.tell() == os.path.getsize(path))
os.remove(path)
