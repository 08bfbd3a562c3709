def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(bin(5), bin(-5), oct(8), hex(255), hex(-255), bin(0), hex(2**70), callable(len), callable(1), abs(-3), abs(-2.5), abs(True), len('abc'), len(range(5)), len({1: 2}))
print(isinstance(1, (str, int)), issubclass(bool, int), issubclass(int, (str, float)), isinstance(True, int), hasattr([], 'append'), getattr([], 'nope', 'dflt'), type(1) is int, type('') is str)
check(lambda: bin(1.5))
check(lambda: hex('a'))
check(lambda: len(5))
check(lambda: isinstance(1, 1))
check(lambda: issubclass(1, int))
check(lambda: getattr(1, 'nope'))
check(lambda: abs('a'))
