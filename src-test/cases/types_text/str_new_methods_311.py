def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'a\tbc\td'.expandtabs(), 'a\tb'.expandtabs(2), 'x\ty\n\tz'.expandtabs(4), 'ab'.expandtabs(tabsize=1))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), 'abc'.isascii(), 'é'.isascii(), ''.isascii(), 'ab\n'.isprintable(), 'ab c'.isprintable(), ''.isprintable())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '1A'.istitle(), ''.istitle(), 'Ab Cd'.istitle())
print('prefix-body'.removeprefix('prefix-'), 'body'.removeprefix('x'), 'file.txt'.removesuffix('.txt'), 'a'.removesuffix(''))
class M:
    def __getitem__(self, k):
        return '<' + k + '>'
print('{x} {y}'.format_map(M()))
check(lambda: '{z}'.format_map({}))
check(lambda: 'a'.removeprefix(1))
