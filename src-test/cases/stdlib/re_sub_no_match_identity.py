# re.sub/subn with no substitution return an exact str or bytes subject itself, as CPython's (a
# long subject is not copied); a str subclass or a bytearray still gives a new exact object.
import re
s = "abc"; b = b"abc"
class S(str): pass
print(re.sub("x", "y", s) is s, re.sub(b"x", b"y", b) is b, re.subn("x", "y", s)[0] is s)
print(type(re.sub("x", "y", S("q"))).__name__, re.sub("a", "a", s) is s, re.sub("a", "a", s) == s)
print(re.sub("x", "y", "") == "", re.sub(b"x", b"y", bytearray(b"q")), re.subn("b", "B", s))
big = "x" * 10**6
print(re.sub(r"\Ay", "", big) is big, re.sub(r"^y", "", big) is big, len(re.sub("x", "", big)))
