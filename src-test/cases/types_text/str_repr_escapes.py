for s in ("it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x1f\x7f\x80\xa0\xad', '\u200b\u2028\ud800', '😀', '\\', 'é', '\U000e0001'):
    print(repr(s), ascii(s))
print(repr('a' * 3), str(repr("'")), repr(''))
