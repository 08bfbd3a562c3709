import os
import pathlib
import shutil
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.anchor)
print(p.with_suffix(".pyc"), p.with_name("x.txt"), p.with_stem("other"))
print(p.relative_to("/usr"), p.is_absolute(), p.match("*.py"), p.match("lib/*/*.py"))
print(PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("a/b/c.tar.gz").suffixes)
print(list(PurePosixPath("/a/b/c").parents))
print(PurePosixPath("a//b/./c"), PurePosixPath("a/../b"), PurePosixPath("/") / "x")
print(PureWindowsPath("C:\\Users\\x\\f.txt").parts, PureWindowsPath("c:/A") == PureWindowsPath("C:/a"))
print(repr(PurePosixPath("x/y")), str(PurePosixPath("x/y")), PurePosixPath("x/y").as_posix())
print(PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a")]))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("x").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError:", e)

base = Path(tempfile.mkdtemp())
try:
    (base / "dir" / "sub").mkdir(parents=True)
    f = base / "dir" / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text().splitlines())
    print(f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir(), f.stat().st_size)
    (base / "dir" / "data.bin").write_bytes(b"\x00\x01\x02")
    print((base / "dir" / "data.bin").read_bytes())
    print(sorted(x.name for x in (base / "dir").iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*")))
    print(sorted(x.name for x in (base / "dir").glob("*.txt")))
    with f.open("a") as fh:
        fh.write("more\n")
    print(f.read_text().count("\n"))
    g = f.rename(base / "dir" / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    try:
        (base / "dir").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    (base / "dir").mkdir(exist_ok=True)
    try:
        (base / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename == str(base / "nope.txt"))
    (base / "t").touch()
    print((base / "t").exists(), (base / "t").stat().st_size)
    (base / "t").unlink()
    (base / "t").unlink(missing_ok=True)
    print(Path("a/b").resolve().is_absolute(), Path.cwd().is_absolute(), Path("~").expanduser() != Path("~"))

    # shutil
    shutil.copy(g, base / "copy.txt")
    print((base / "copy.txt").read_text() == g.read_text())
    shutil.copyfile(g, base / "copy2.txt")
    shutil.copytree(base / "dir", base / "tree")
    print(sorted(str(x.relative_to(base / "tree")) for x in (base / "tree").rglob("*")))
    shutil.move(str(base / "copy2.txt"), str(base / "tree" / "moved.txt"))
    print((base / "copy2.txt").exists(), (base / "tree" / "moved.txt").exists())
    shutil.copytree(base / "dir", base / "tree2", ignore=shutil.ignore_patterns("*.bin"))
    print(sorted(x.name for x in (base / "tree2").iterdir()))
    try:
        shutil.copytree(base / "dir", base / "tree")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        shutil.copy(base / "missing", base / "x")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    shutil.rmtree(base / "tree")
    print((base / "tree").exists())
    try:
        shutil.rmtree(base / "tree")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(base / "tree", ignore_errors=True)
    print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"))
    print(shutil.get_terminal_size((80, 24)).columns > 0)
    arc = shutil.make_archive(str(base / "arch"), "gztar", root_dir=str(base / "tree2"))
    print(os.path.basename(arc))
    shutil.unpack_archive(arc, str(base / "unpacked"))
    print(sorted(os.listdir(base / "unpacked")))
finally:
    shutil.rmtree(base)

# tempfile
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    saved = d
print(os.path.exists(saved))
fd, path = tempfile.mkstemp(suffix=".dat")
os.write(fd, b"xyz")
os.close(fd)
with open(path, "rb") as fh:
    print(fh.read())
os.unlink(path)
print(os.path.isdir(tempfile.gettempdir()), isinstance(tempfile.gettempprefix(), str))
