def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'-5'.zfill(5), b'5'.zfill(3), b'a\tb'.expandtabs(4))
check(lambda: b'ab'.center(6, '*'))
check(lambda: b'ab'.ljust(6, b'**'))
