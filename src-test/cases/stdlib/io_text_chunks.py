# TextIOWrapper across its 8192-byte chunks: "\r\n" and multi-byte characters split by a chunk
# boundary, tell() at every line then seek() back to each, read(n) in odd sizes, every newline mode.
import posix

d = "io_text_chunks_scratch"
posix.mkdir(d)
p = d + "/t.txt"
try:
    parts = []
    for i in range(900):
        parts.append("ligne %d é€𝄞" % i + ["\n", "\r\n", "\r"][i % 3])
    text = "x" * 8191 + "\r\n" + "y" * 8190 + "é" + "".join(parts) + "fin\n"
    with open(p, "w", newline="", encoding="utf-8") as f:
        f.write(text)
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(p, newline=nl, encoding="utf-8") as f:
            lines = []
            marks = []
            while True:
                marks.append(f.tell())
                line = f.readline()
                if not line:
                    break
                lines.append(line)
            ok = True
            for k in range(0, len(lines), 37):
                f.seek(marks[k])
                if f.readline() != lines[k]:
                    ok = False
            print(repr(nl), len(lines), sum(map(len, lines)), ok, marks[:3], marks[-1], f.newlines)
        with open(p, newline=nl, encoding="utf-8") as f:
            sizes = [1, 7, 8191, 3, 4096, 10000]
            got = []
            k = 0
            while True:
                s = f.read(sizes[k % len(sizes)])
                k += 1
                if not s:
                    break
                got.append(len(s))
            f.seek(0)
            whole = f.read()
            print(sum(got), len(whole), hash(whole) == hash("".join([]) + whole))
    for enc in ("utf-16", "utf-32-be", "latin-1", "cp1252"):
        t = text.replace("€", "e").replace("𝄞", "g") if enc in ("latin-1", "cp1252") else text
        with open(p, "w", encoding=enc, newline="") as f:
            f.write(t)
        with open(p, encoding=enc) as f:
            f.readline()
            f.readline()
            pos = f.tell()
            a = f.readline()
            f.seek(pos)
            print(enc, pos, a == f.readline(), len(f.read()))
finally:
    for n in posix.listdir(d):
        posix.remove(d + "/" + n)
    posix.rmdir(d)
