def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('1_000'), int(' 42 '), int('z', 36), int('-0b11', 0), int('+7'))
print(int(3.9), int(-3.9), int(True), int('١٢٣'), int(b'12') if False else 12, int('0', 0), int('00', 0))
check(lambda: int('08', 0))
check(lambda: int('1__0'))
check(lambda: int('_1'))
check(lambda: int('12', 1))
check(lambda: int('12', 37))
check(lambda: int(''))
check(lambda: int('1.5'))
check(lambda: int(12, 10))
check(lambda: int(float('inf')))
check(lambda: int(float('nan')))
check(lambda: int(None))
