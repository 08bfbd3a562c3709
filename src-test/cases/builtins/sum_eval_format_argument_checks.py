# sum() refuses str, bytes and bytearray starts (subclasses too); eval strips leading blanks of
# its source (exec does not); object.__format__ needs a str spec.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class B(bytes):
    pass


t(lambda: sum([b'a', b'c'], b''))
t(lambda: sum([bytearray(b'a')], bytearray(b'')))
t(lambda: sum(['a'], ''))
t(lambda: sum([B(b'x')], B(b'')))
t(lambda: sum([[1], [2]], []))
t(lambda: eval(' 1+1\n'))
t(lambda: eval('\t 2*3'))
t(lambda: exec(' x = 1'))
t(lambda: object().__format__(3))
t(lambda: object().__format__('').startswith('<object object at '))
t(lambda: format(object(), 'x'))
