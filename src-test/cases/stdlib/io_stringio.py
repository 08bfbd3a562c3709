# _io.StringIO and BytesIO: reading, writing, seeking, newline modes, errors, subclassing.
import io

s = io.StringIO("a\nb\r\nc\rd")
print(repr(s.readline()), repr(s.readline()), s.tell())
print(s.readlines())
s = io.StringIO("a\nb\r\nc\rd", newline=None)
print(s.readlines(), s.newlines)
s = io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines(), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s = io.StringIO()
print(s.write("héllo wörld"), s.tell(), s.seek(0), s.read(5), s.read(), repr(s.read()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
print(io.StringIO("abc\ndef").read(-1), list(io.StringIO("1\n2\n3")))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for op in (lambda: f.read(), lambda: f.write("x"), lambda: f.getvalue(), lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
s = io.StringIO("abc")
for args in ((-1,), (1, 1), (0, 3)):
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)

b = io.BytesIO(b"one\ntwo\nthree")
print(b.readline(), b.read(2), b.tell(), b.read(), b.read())
b.seek(-3, 2)
print(b.read(), b.seek(0, 1), b.getvalue())
b.seek(0)
print(list(b))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(10)
b.write(b"z")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
try:
    b.write("str")
except TypeError as e:
    print("TypeError:", e)
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError:", e)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
u.write("hello\n")
u.writelines(["a\n", "b\n"])
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.StringIO))

class Lines(io.BytesIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + b"|" if line else line

print(list(Lines(b"x\ny\n")))
print(isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
