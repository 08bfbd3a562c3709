import io
class Raw:
    def __init__(self, data, r=True): self.data = data; self.pos = 0; self.r = r; self.closed = False
    def readable(self): return self.r
    def writable(self): return False
    def seekable(self): return False
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos); b[:n] = self.data[self.pos:self.pos + n]; self.pos += n; return n
    def close(self): self.closed = True
    def flush(self): pass
print(io.BufferedReader(Raw(b"hello world")).read(5))
for r in (1, False, None, "yes"):
    try: io.BufferedReader(Raw(b"x", r)); print(r, "ok")
    except Exception as e: print(r, type(e).__name__, e)
try: io.BufferedWriter(Raw(b"x"))
except Exception as e: print(type(e).__name__, e)
try: io.BufferedRandom(Raw(b"x"))
except Exception as e: print(type(e).__name__, e)
class NoReadable: pass
try: io.BufferedReader(NoReadable())
except Exception as e: print(type(e).__name__, e)

# tarfile's extractfile() wraps a plain object (not an io.RawIOBase) in a BufferedReader
import tarfile
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    for name, data in [("a.txt", b"first file\n"), ("dir/b.bin", bytes(range(10)))]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 0
        t.addfile(info, io.BytesIO(data))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:gz") as t:
    print(t.getnames())
    f = t.extractfile("a.txt")
    print(type(f).__name__, f.readline(), f.read(), f.tell())
    f.seek(6)
    print(f.read(4), t.extractfile("dir/b.bin").read()[3:6])
