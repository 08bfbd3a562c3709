for s in ["plain", "it's", 'say "hi"', "both ' \"", "", "\n\t\\", "\x00\x7f", "é"]:
    print(repr(s))
print(["a", 'b"', "c'"])
