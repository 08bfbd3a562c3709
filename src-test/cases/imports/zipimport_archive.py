# Importing from a zip archive on sys.path (zipimport), and zipimporter's own API.
import os
import sys
import tempfile
import zipfile
import zipimport
import importlib
import pkgutil

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, "lib.zip")
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("flat.py", "VALUE = 'flat module'\ndef f(x):\n    return x * 3\n")
    z.writestr("pkg/__init__.py", "from .inner import name\n")
    z.writestr("pkg/inner.py", "name = 'inner of ' + __name__\n")
    z.writestr("pkg/data.txt", "some data\n")
    z.writestr("broken.py", "def oops(:\n    pass\n")
    z.writestr("raises.py", "x = 1\nraise ValueError('raised at import')\n")

def rel(path):
    return path.replace(tmp, "<tmp>")

sys.path.insert(0, archive)
import flat
print(flat.VALUE, flat.f(14))
print(rel(flat.__file__), type(flat.__loader__).__name__, flat.__spec__.name)
import pkg
print(pkg.name, rel(pkg.__path__[0]), pkg.__package__)
from pkg import inner
print(inner.__name__, rel(inner.__file__))
print(importlib.import_module("pkg.inner") is inner)
print(type(sys.path_importer_cache[archive]).__name__)

# the importer's own API
zi = zipimport.zipimporter(archive)
print(rel(zi.archive), repr(zi.prefix))
print(zi.is_package("pkg"), zi.is_package("flat"))
print(zi.get_source("flat").splitlines()[0])
print(rel(zi.get_filename("pkg")))
print(zi.get_data(os.path.join(archive, "pkg", "data.txt")))
spec = zi.find_spec("flat")
print(spec.name, type(spec.loader).__name__, rel(spec.origin))
print(zi.find_spec("missing"))
sub = zipimport.zipimporter(os.path.join(archive, "pkg"))
print(repr(sub.prefix), sub.find_spec("inner").name)
print(sorted(m.name for m in pkgutil.iter_modules([archive])))

# errors
try:
    import broken
except SyntaxError as e:
    print("SyntaxError", e.msg, rel(e.filename), e.lineno)
try:
    import raises
except ValueError as e:
    print("ValueError", e)
print("raises" in sys.modules)
try:
    zi.get_data("nope.txt")
except OSError as e:
    print(type(e).__name__, e.errno)
not_zip = os.path.join(tmp, "plain.txt")
with open(not_zip, "w") as fh:
    fh.write("not an archive")
try:
    zipimport.zipimporter(not_zip)
except zipimport.ZipImportError as e:
    print("ZipImportError", rel(str(e)))
try:
    zipimport.zipimporter(os.path.join(tmp, "absent.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError", rel(str(e)))
print(issubclass(zipimport.ZipImportError, ImportError))

# the frozen names of the import machinery
import _frozen_importlib
import _frozen_importlib_external
print(_frozen_importlib.__name__, _frozen_importlib_external.__name__)
print(_frozen_importlib_external._unpack_uint32(b"\x01\x00\x00\x00"))
