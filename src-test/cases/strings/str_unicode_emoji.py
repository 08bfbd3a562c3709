s = "héllo wörld"
print(s, len(s))
e = "a😀b"
print(len(e))
print(e[0], e[1], e[2])
print(e[-1], e[1:])
print(repr("😀"), len("😀😀😀"))
print("日本語"[1], len("日本語"))
print("ü".upper(), "Straße".upper())
for ch in "a😀":
    print(ord(ch))
print(chr(128512), chr(233))
