# open() turns a path-like into its str first, as CPython's io.open: the file's name and an
# OSError's filename are that str.
import os
import tempfile
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
try:
    open(P("/nonexistent-dir/file.txt"))
except FileNotFoundError as e:
    print(repr(e.filename), e)
d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with open(P(path), "w") as f:
    print(type(f.name).__name__, f.name == path)
    f.write("x")
with open(P(path.encode()), "rb") as f:
    print(type(f.name).__name__, f.read())
os.unlink(path)
os.rmdir(d)
class Bad:
    def __fspath__(self):
        return 3
try:
    open(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
