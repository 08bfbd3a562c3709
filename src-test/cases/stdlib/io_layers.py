# The io layers over Python objects: TextIOWrapper over a BufferedReader over a RawIOBase
# subclass, over BytesIO; detach, reconfigure, tell/seek cookies with other codecs,
# IncrementalNewlineDecoder, the abstract bases' defaults and error messages.
import io
import codecs


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Raw(b"alpha\nbeta\r\ngamma")
t = io.TextIOWrapper(io.BufferedReader(r, 4), encoding="ascii")
print(t.readlines(), r.calls > 3, t.buffer.raw is r)
print(Raw(b"xyz").read(), Raw(b"xyz").readall(), Raw(b"a\nb").readline())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
t.write("one\ntwo\n")
t.flush()
print(b.getvalue(), t.encoding, t.errors, t.line_buffering, t.write_through)
t.reconfigure(line_buffering=True, newline="\n")
t.write("three\n")
print(b.getvalue())
raw = t.detach()
print(raw is b)
try:
    t.write("x")
except ValueError as e:
    print("ValueError:", e)

data = "ligne un\nligne deux é\nfin".encode("cp1252")
t = io.TextIOWrapper(io.BytesIO(data), encoding="cp1252")
print(repr(t.readline()), t.tell())
p = t.tell()
print(repr(t.readline()))
t.seek(p)
print(repr(t.read()), t.seek(0, 2))
t = io.TextIOWrapper(io.BytesIO("a€b\nc".encode("utf-8")), encoding="utf-8", errors="replace")
print(repr(t.read(2)), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"\xff\xfe" + "hi\nyo".encode("utf-16-le")), encoding="utf-16")
print(t.readline(), repr(t.read()))

d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"a\r")), repr(d.decode(b"\nb\r")), repr(d.decode(b"", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\n")), d.getstate(), d.newlines)
d.reset()
print(d.newlines)

base = io.IOBase()
for name in ("seek", "truncate", "fileno"):
    try:
        getattr(base, name)(0) if name != "fileno" else base.fileno()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
print(base.readable(), base.writable(), base.seekable(), base.closed)
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as e:
    print("ValueError:", e)
try:
    io.BufferedIOBase().read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="rot13")
except LookupError as e:
    print("LookupError:", e)
try:
    io.BufferedReader(io.BytesIO(), 0)
except ValueError as e:
    print("ValueError:", e)


class Logger(io.TextIOBase):
    def __init__(self):
        self.lines = []

    def writable(self):
        return True

    def write(self, s):
        self.lines.append(s)
        return len(s)


lg = Logger()
print("hello", "world", file=lg)
lg.writelines(["a", "b"])
print(lg.lines)
with lg:
    pass
print(lg.closed)
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
