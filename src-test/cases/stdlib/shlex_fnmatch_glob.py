import fnmatch
import glob
import os
import shlex
import shutil
import tempfile

print(shlex.split('ls -l "my file" \'single q\' esc\\ aped # not comment'))
print(shlex.split("a # comment here", comments=True))
print(shlex.split("a 'b c'", posix=False))
print(shlex.quote("safe"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""))
print(shlex.join(["echo", "a b", "c'd"]))
lex = shlex.shlex("a=1; b = 'two' && c", posix=True, punctuation_chars=True)
print(list(lex))
lex2 = shlex.shlex("x y,z")
lex2.whitespace_split = False
print([t for t in lex2])
for bad in ['"unterminated', "'open", "trail\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("foo.PY", "*.py"), fnmatch.fnmatchcase("foo.PY", "*.py"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d.pyc"], "*.py"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!0-9]"), fnmatch.fnmatch("?", "[?]"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[bc]"), fnmatch.translate("[!x]"))

base = tempfile.mkdtemp()
try:
    for rel in ["a.txt", "b.txt", "c.py", "sub/d.txt", "sub/deep/e.txt", ".hidden.txt", "sub/f.py"]:
        path = os.path.join(base, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
    def rel(paths):
        return sorted(os.path.relpath(p, base) for p in paths)
    print(rel(glob.glob(os.path.join(base, "*.txt"))))
    print(rel(glob.glob(os.path.join(base, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(base, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(base, "?.py"))))
    print(rel(glob.glob(os.path.join(base, "s*", "*"))))
    print(sorted(glob.glob("*.txt", root_dir=base)))
    print(sorted(glob.glob("**/*.py", root_dir=base, recursive=True)))
    print(rel(glob.iglob(os.path.join(base, "[ab].txt"))))
    print(glob.escape("a[b]*?.txt"), glob.has_magic("a*"), glob.has_magic("abc"))
    print(glob.glob(os.path.join(base, "nomatch*")))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
