# _codecs through codecs and encodings: lookup, incremental codecs, charmap codecs, error handlers.
import codecs

print(codecs.lookup("UTF-8").name, codecs.lookup("latin_1").name, codecs.lookup("cp1252").name)
print("€uro".encode("cp1252"), b"\x80uro".decode("cp1252"), "привет".encode("koi8_r"), b"\xd0\xd2".decode("koi8_r"))
print("é".encode("cp437"), bytes([130, 65]).decode("cp437"))
for enc in ("xyz", "no such"):
    try:
        codecs.lookup(enc)
    except LookupError as e:
        print("LookupError:", e)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "a\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("a\u0100b".encode("cp1252", "replace"), "a\u0100b".encode("cp1252", "xmlcharrefreplace"))
print(b"a\x81b".decode("cp1252", "replace"), b"a\x81b".decode("cp1252", "ignore"))
dec = codecs.getincrementaldecoder("utf-8")()
data = "h€llo wörld".encode()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("ab"), enc.encode("c"))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_encode("é"))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00", "strict", 0, True))
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"abc", "ascii"), codecs.decode(b"\xe9", "latin-1"))
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace").__name__)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
print(codecs.replace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
print(codecs.ignore_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")))
codecs.register_error("mine", lambda e: ("<%d>" % e.args[2], e.args[3]))
print(codecs.lookup_error("mine")(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
def search(name):
    if name == "rot_thirteen":
        return codecs.lookup("rot13")
codecs.register(search)
print(codecs.encode("hello", "rot_thirteen"), codecs.lookup("rot_thirteen").name)
r = codecs.getreader("utf-8")
import io
print(r(io.BytesIO("ünïcode\nline2\n".encode())).readlines())
