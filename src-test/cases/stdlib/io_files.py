# open() and the io stack over real files: modes, buffering, encodings, newline translation,
# seek/tell, truncate, errors. Works in a scratch directory it removes.
import io
import posix as os

d = "io_files_scratch"
os.mkdir(d)
p = d + "/t.txt"
try:
    with open(p, "w") as f:
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode, f.name, f.encoding)
        print(f.write("line1\nline2\r\nline3\rend"), f.tell())
    with open(p, "rb") as f:
        data = f.read()
        print(data, f.tell(), repr(f))
    with open(p) as f:
        print(f.readlines(), f.newlines)
    with open(p, newline="") as f:
        print(f.readlines())
    with open(p, newline="\r") as f:
        print(f.readlines())
    with open(p) as f:
        print(repr(f.readline()), f.tell())
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(f.read() == rest, repr(rest))
        f.seek(0)
        print(repr(f.read(3)), f.tell())
    with open(p, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "a") as f:
        f.write("appended")
    with open(p, "r+") as f:
        print(repr(f.read()))
        f.seek(0)
        f.write("Z")
    with open(p) as f:
        print(repr(f.read()))

    # encodings
    with open(p, "w", encoding="utf-16") as f:
        f.write("héllo\n€")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-16") as f:
        print(repr(f.read()))
    with open(p, "w", encoding="latin-1") as f:
        f.write("café")
    with open(p, "rb") as f:
        print(f.read())
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("café")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("café")
    with open(p, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(p, "wb") as f:
        f.write("naïve ☃ 𝄞\n".encode() * 3000)
    with open(p, encoding="utf-8") as f:
        lines = f.readlines()
        print(len(lines), lines[0] == "naïve ☃ 𝄞\n", f.tell())
    with open(p, "rb") as f:
        f.seek(3)
        print(f.read(4), f.tell(), f.seek(-2, 2), f.read())

    # binary modes and buffering
    with open(p, "wb") as f:
        print(type(f).__name__, f.write(b"0123456789"), f.tell())
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall(), f.mode)
    with open(p, "r+b") as f:
        print(type(f).__name__, f.read(2), f.write(b"AB"), f.tell())
        f.seek(0)
        print(f.read(), f.peek()[:0])
        print(f.truncate(5), f.seek(0, 2))
    with open(p, "rb") as f:
        print(f.read(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
    with open(p, "xb") if False else open(p, "ab") as f:
        f.write(b"+")
    print(open(p, "rb").read())

    # errors
    def attempt(label, fn):
        try:
            fn()
        except Exception as e:
            print(label, type(e).__module__ + "." + type(e).__name__ if type(e).__module__ != "builtins" else type(e).__name__, e)
    attempt("missing", lambda: open(d + "/nope.txt"))
    attempt("dir", lambda: open(d))
    attempt("exists", lambda: open(p, "x"))
    attempt("mode", lambda: open(p, "rw"))
    attempt("mode2", lambda: open(p, "q"))
    attempt("mode3", lambda: open(p, "bt"))
    attempt("mode4", lambda: open(p, "+"))
    attempt("enc", lambda: open(p, "rb", encoding="utf-8"))
    attempt("nl", lambda: open(p, "r", newline="x"))
    attempt("unbuf", lambda: open(p, "r", buffering=0))
    attempt("lookup", lambda: open(p, "r", encoding="no-such-codec"))
    attempt("type", lambda: open([1]))
    f = open(p, "r")
    attempt("write", lambda: f.write("x"))
    attempt("rel", lambda: f.seek(1, 1))
    f.close()
    attempt("closed", lambda: f.read())
    attempt("closed2", lambda: f.readline())
    print(f.closed)
    g = open(p, "wb")
    attempt("read", lambda: g.read())
    g.close()
    print(f"{io.open is open}")
finally:
    for name in os.listdir(d):
        os.remove(d + "/" + name)
    os.rmdir(d)
