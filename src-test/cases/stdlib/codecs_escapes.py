# _codecs escape codecs and UTF-7, through str.encode/bytes.decode and codecs' functions.
import codecs

s = "tab\there\nnew \\ 'q' \"d\" é ☃ 𝄞 \x00\x7f"
for enc in ("unicode_escape", "raw_unicode_escape", "utf-7"):
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\\x41\\u00e9\\U0001d11e\\N{SNOWMAN}\\101\\\n.".decode("unicode_escape"))
print(b"\\u00e9 \\\\u00e9 \\x41".decode("raw_unicode_escape"))
print(codecs.escape_encode(b"a'b\\c\n\x00\xff"), codecs.escape_decode(b"a\\'b\\\\c\\n\\x00\\xff"))
print(codecs.unicode_escape_decode(b"ab\\", "strict", False), codecs.utf_7_decode(b"a+AGE", "strict", False))
print("Hi Mom -☺-!".encode("utf-7"), "A≢Α.".encode("utf-7"), "~+".encode("utf-7"), b"+ZeVnLIqe-".decode("utf-7"))
for bad, enc in ((b"\\x4", "unicode_escape"), (b"\\u12", "unicode_escape"), (b"\\N{NO SUCH NAME}", "unicode_escape"),
                 (b"a+\xffb", "utf-7"), (b"\\u12", "raw_unicode_escape")):
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(bad.decode(enc, "replace"), bad.decode(enc, "ignore"))
