# eval of bytes source (UTF-8, a leading BOM dropped); format() with a str-subclass spec;
# __hash__ returning an int subclass instance.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: eval(b'1 + 2'))
t(lambda: eval(b'\xef\xbb\xbf' + b'40 + 2'))
t(lambda: eval("'\u00e9'".encode()))
t(lambda: eval(b'a', {'a': 7}))


class S(str):
    pass


t(lambda: format(3.14159, S('.2f')))
t(lambda: format(42, S('')))
t(lambda: format(1, 2))


class I(int):
    pass


class Z:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


t(lambda: hash(Z(I(42))) == hash(42))
t(lambda: hash(Z(I(2 ** 70))) == hash(2 ** 70))
t(lambda: hash(Z(I(-1))))
t(lambda: hash(Z(1.5)))
