"""Generates the CPython 3.11 oracle files for org.pyston.builtins.format tests.

Run once with python3 (3.11) from this directory; CI has no python3, so the outputs are
committed. Format: one case per line, TAB-separated fields; in every field characters
outside printable ASCII, and the backslash, are written as \\uXXXX (UTF-16 code units).
Errors are written as '!ExceptionName: message'.
"""
import random, struct, sys

assert sys.version_info[:2] == (3, 11), sys.version
random.seed(20240611)


def enc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x20 <= o < 0x7f and ch != '\\':
            out.append(ch)
        elif o > 0xffff:
            o -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
        else:
            out.append('\\u%04x' % o)
    return ''.join(out)


def run(f):
    try:
        return enc(f())
    except (ValueError, OverflowError, TypeError) as e:
        return enc('!%s: %s' % (type(e).__name__, e))


def bits(d):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', d))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def random_double():
    k = random.random()
    if k < 0.4:
        return from_bits(random.getrandbits(64))
    if k < 0.6:
        return random.uniform(-1e6, 1e6)
    if k < 0.75:
        return round(random.uniform(-1000, 1000), random.randint(0, 6))
    if k < 0.85:
        e = random.randint(-1074, 1023)
        b = struct.unpack('<Q', struct.pack('<d', 2.0 ** e))[0] + random.randint(-2, 2)
        return from_bits(b & ((1 << 64) - 1))
    return from_bits(random.getrandbits(random.randint(1, 63)))


SPECIAL = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 1e16, 1e-5, 1e-4, 1.5e-7, 123456789012345.0,
           1.2345678901234567e16, 5e-324, 1e-323, 2.5e-323, 1.7976931348623157e308, 2.2250738585072014e-308,
           float('inf'), float('-inf'), float('nan'), 2.675, 0.125, 0.5, 1.5, 2.5, -2.5, 9.995, 0.045,
           1e22, 1e23, 2e23, 9007199254740993.0, 4.35, 0.07, 1234567.0, 123.456, 1e100, 1e-100, 999999.5,
           0.000123, 100.0, 1e15, 9999999999999998.0, 1e17, 3.14159, 2.0 ** 63, 2.0 ** 64, 0.3333333333333333]


def floats(n):
    return SPECIAL + [random_double() for _ in range(n)]


# ---- float repr ------------------------------------------------------------------------
with open('float_repr.txt', 'w') as f:
    for d in floats(4000):
        f.write('%s\t%s\n' % (bits(d), enc(repr(d))))

# ---- float __format__ ------------------------------------------------------------------
FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.0f', '.0g', '.1g', '.2f', '.3e', '.10g',
               '.17g', '.20f', '.25e', '#.0f', '#.0e', '#g', '#.3g', '#', '.3', '.0', '#.0', '.12',
               '+', ' ', '-', '+.2f', ' .3e', '10', '<10', '>10', '^10', '=10', '010', '010.2f', '+010.2f',
               '*^15.3g', 'x<12', ',', '_', ',.2f', '_.3f', '015,.2f', '020_', ',g', ',e', '.2%', '_.1%',
               'z', 'z.2f', 'z.0f', 'z.3e', 'z.1g', '+z.1f', 'd', 'x', 'c', 's', 'abc', '.', ',_', '0<10',
               '\u20ac^12.4f', '012', '012g', '=+12.3f', '#10.0f', '#x', 'b', '0=12,.1f', ' 09.2f',
               '\U0001f600>9.2f', '.2,f', '.200f', '.50e', '.40g']
with open('float_format.txt', 'w') as f:
    vals = SPECIAL + [random_double() for _ in range(300)] + [-0.0004, -0.04, -0.5, -0.0, 0.0005]
    for d in vals:
        for spec in FLOAT_SPECS:
            if random.random() < 0.5 and d not in SPECIAL:
                continue
            f.write('%s\t%s\t%s\n' % (bits(d), enc(spec), run(lambda: format(d, spec))))

# ---- float printf-style ----------------------------------------------------------------
PCT = ['%f', '%e', '%E', '%g', '%G', '%F', '%.0f', '%.0e', '%.3g', '%#.0f', '%#g', '%#.0e', '%10.3f',
       '%-10.3f', '%+f', '% f', '%010.2f', '%-010.2f', '%+010.2e', '% 012.3g', '%.20g', '%.15f',
       '%#10.3G', '%5f', '%r', '%s', '%.1f', '%.2e']
with open('float_percent.txt', 'w') as f:
    for d in SPECIAL + [random_double() for _ in range(200)]:
        for p in PCT:
            if random.random() < 0.4 and d not in SPECIAL:
                continue
            f.write('%s\t%s\t%s\n' % (bits(d), enc(p), run(lambda: p % d)))

# ---- float(str) ------------------------------------------------------------------------
FLOAT_INPUTS = ['1', '1.5', ' 1.5 ', '\t-2.5e3\n', '+.5', '-5.', '.', '', ' ', 'abc', '1e', '1e+', '1e5',
                '1E-5', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_e3', '1e1_0', '1e_1',
                'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan', 'NaN',
                'nan1', 'in_f', '0x1p3', '0x10', '1d', '1f', '1e500', '-1e500', '1e-500', '4.9e-324',
                '2.4703282292062328e-324', '2.4703282292062327e-324', '0.1', '123456789012345678901234567890',
                '\u0661\u066b\u0665', '\u0661.\u0665', '\u2003 1.5\u3000', '\u00a01\u00a0', '1\u200b',
                '1.5\x00', 'infinity ', '  nan  ', '++1', '+-1', '1..2', '1.2.3', '- 1', '0' * 50 + '1',
                '1' + '0' * 400, '0.' + '0' * 400 + '1', 'e5', '.e5', '1.e5', '9' * 30 + 'e-30',
                '1.7976931348623157e308', '1.7976931348623159e308', '1.7976931348623158e308',
                '2.2250738585072011e-308', '7.2057594037927933e16', '9007199254740993',
                '1.00000000000000011102230246251565404236316680908203125',
                '1.000000000000000111022302462515654042363166809082031250000001', 'a' * 300,
                '\U0001d7d9', 'Ⅰ', '²', '1\u00a0000']
for _ in range(300):
    d = random_double()
    FLOAT_INPUTS.append(repr(d))
    FLOAT_INPUTS.append('%.25g' % d)
    FLOAT_INPUTS.append('%.17e' % d)
for _ in range(200):
    FLOAT_INPUTS.append(''.join(random.choice('0123456789') for _ in range(random.randint(1, 25)))
                        + random.choice(['', 'e' + str(random.randint(-330, 310))]))
with open('float_parse.txt', 'w') as f:
    for s in FLOAT_INPUTS:
        try:
            r = bits(float(s))
            if r == '7ff8000000000000' or r == 'fff8000000000000':
                r = 'nan'
        except ValueError as e:
            r = '!ValueError: ' + str(e)
        f.write('%s\t%s\n' % (enc(s), enc(r)))

# ---- float.hex / float.fromhex ---------------------------------------------------------
with open('float_hex.txt', 'w') as f:
    for d in floats(1000):
        f.write('hex\t%s\t%s\n' % (bits(d), enc(d.hex())))
    HEX_INPUTS = ['0x1p0', '0X1P0', '1', '0x1.8p1', '-0x1.8p1', ' 0x1p-3 ', 'inf', '-Infinity', 'nan', 'x',
                  '0x', '0x.', '0x.8', '0x1.', '.8', '0x1p', '0x1p+', '0x1pa', '0x1p1.5', '0x1.fffffffffffff8p1023',
                  '0x1.fffffffffffff7p1023', '0x1p1024', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075',
                  '0x3p-1076', '0x1p-2000', '0x0p99999', '0x1p99999999999999999999', '0x1p-99999999999999999999',
                  '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', '1.5p1',
                  'a', 'fp-1', '0x1_0', '+0x1p0', '0xg', '0x1 p0', '\t0x1\n', '0x1\u00a0', 'infx',
                  '0x0.0000000000001p-1022', '0x1.ffffffffffffep-1023', '0x1.fffffffffffffp-1023',
                  '0x' + 'f' * 300, '0x0.' + '0' * 300 + '1p1200', '-0x0p0', '0x1p+1023', '0x2p1023']
    for _ in range(300):
        d = random_double()
        h = d.hex()
        HEX_INPUTS.append(h)
        HEX_INPUTS.append(h.replace('p', '%sp' % random.choice(['1', '8', '7ff', '00001', '80000001'])))
    for s in HEX_INPUTS:
        try:
            r = bits(float.fromhex(s))
            if r in ('7ff8000000000000', 'fff8000000000000'):
                r = 'nan'
        except (ValueError, OverflowError) as e:
            r = '!%s: %s' % (type(e).__name__, e)
        f.write('fromhex\t%s\t%s\n' % (enc(s), enc(r)))

# ---- int(str, base) --------------------------------------------------------------------
INT_INPUTS = [('0', 10), ('123', 10), (' -42 ', 10), ('+7', 10), ('abc', 10), ('abc', 16), ('ABC', 16),
              ('0x1f', 16), ('0x1f', 0), ('0X1F', 0), ('0o17', 0), ('0b101', 0), ('0b101', 2), ('0b101', 16),
              ('0o17', 8), ('017', 0), ('010', 0), ('00', 0), ('0_0', 0), ('000', 0), ('0', 0), ('1_000', 10),
              ('1__000', 10), ('_1', 10), ('1_', 10), ('0x_1f', 0), ('0x__1f', 0), ('0x1f_', 16), ('0_x1', 0),
              ('0x', 0), ('0x', 16), ('0b', 2), ('0o', 8), ('', 10), (' ', 10), ('-', 10), ('+-1', 10),
              ('1 2', 10), ('12', 1), ('12', 37), ('12', -1), ('z', 36), ('Z', 36), ('10', 36), ('9', 8),
              ('\u0661\u0662\u0663', 10), ('\u2003 12\u3000', 10), ('\u00a012', 10), ('1\u200b', 10),
              ('9223372036854775807', 10), ('9223372036854775808', 10), ('-9223372036854775808', 10),
              ('-9223372036854775809', 10), ('18446744073709551616', 10), ('7fffffffffffffff', 16),
              ('-8000000000000000', 16), ('ffffffffffffffffffff', 16), ('1' * 64, 2), ('1' * 100, 2),
              ('0_7', 0), ('0_8', 0), ('0b2', 0), ('0o8', 0), ('12', 3), ('1e3', 10), ('1.0', 10),
              ('a' * 300, 10), ('\U0001f600', 10), ('5' * 640, 10), ('5' * 641, 10), ('5' * 4300, 10),
              ('5' * 4301, 10), ('5' * 5000, 10), ('5' * 5000 + 'x', 10), ('1' * 5000, 2), ('f' * 5000, 16),
              ('7' * 5000, 8), ('1' * 5000, 3), ('-' + '9' * 4301, 0), ('1_' * 4400 + '1', 10),
              ('0' * 5000, 10), ('0x' + 'f' * 5000, 0), ('  0x1  ', 16), ('0b_1', 0), ('-0o_7', 0),
              ('١٢٣', 0), ('0\u0661', 0), ('ⅷ', 10), ('²', 10)]
for _ in range(300):
    base = random.choice([0, 2, 3, 7, 8, 10, 10, 10, 16, 16, 36])
    n = random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])
    if base in (0, 10):
        s = str(n)
    else:
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
        s = ''.join(random.choice(digs) for _ in range(random.randint(1, 40)))
        if random.random() < 0.3:
            s = '-' + s
    if random.random() < 0.2:
        i = random.randint(1, len(s))
        s = s[:i] + '_' + s[i:]
    INT_INPUTS.append((s, base))
with open('int_parse.txt', 'w') as f:
    for s, b in INT_INPUTS:
        f.write('%s\t%d\t%s\n' % (enc(s), b, run(lambda: str(int(s, b)) if len(s) < 4000 or True else '')))

# ---- int __format__, str(int), bin/oct/hex, %-format -------------------------------------
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '10', '<10',
             '^10', '=10', '010', '+010', '#010x', '#012_x', '_b', '_o', '_x', '_X', '#_b', ',', '_', ',d',
             '010,', '09,', '08,', '012_', ',x', ',b', ',c', '_c', '_n', ',n', '.2', '.2d', 'z', 'zd',
             '#c', '+c', ' c', '10c', '<5c', '05c', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', ',.2f', '.3e',
             '#g', 'z.1f', 's', 'r', 'abc', 'x<10', '*^11,', '\u20ac>8', '#b<20', '=+#12x', '0=12x',
             ' =12', '\x01', '\u00e9', '.', '020_b']
INT_VALUES = [0, 1, -1, 7, 65, -65, 255, -255, 1000, 1234, -1234, 123456789, 0x10ffff, 0x110000, 2 ** 31,
              2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 20, -10 ** 25, 2 ** 70, 2 ** 1024,
              -2 ** 1024, 2 ** 1023 * 3 // 2, 9007199254740993, 0x1f600]
INT_VALUES += [random.getrandbits(random.randint(1, 120)) * random.choice([1, -1]) for _ in range(60)]
with open('int_format.txt', 'w') as f:
    for v in INT_VALUES:
        f.write('str\t%d\t\t%s\n' % (v, run(lambda: str(v))))
        f.write('bin\t%d\t\t%s\n' % (v, run(lambda: bin(v))))
        f.write('oct\t%d\t\t%s\n' % (v, run(lambda: oct(v))))
        f.write('hex\t%d\t\t%s\n' % (v, run(lambda: hex(v))))
        for spec in INT_SPECS:
            f.write('format\t%d\t%s\t%s\n' % (v, enc(spec), run(lambda: format(v, spec))))
    for v in [10 ** 4299, -10 ** 4299, 10 ** 4300, -10 ** 4300, 2 ** 20000, 7 ** 5200]:
        f.write('str\t%s\t\t%s\n' % (hex(v), run(lambda: str(v))))
        f.write('format\t%s\t,\t%s\n' % (hex(v), run(lambda: format(v, ','))))
        f.write('format\t%s\tx\t%s\n' % (hex(v), run(lambda: format(v, 'x'))))
    INT_PCT = ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%c', '%5d', '%-5d', '%05d', '%-05d',
               '%+d', '% d', '%+05d', '%.5d', '%#.5x', '%#010x', '%-#10X', '%+#x', '% #o', '%10.4d',
               '%05c', '%-3c', '%#08o', '%+.3X']
    for v in INT_VALUES:
        for p in INT_PCT:
            f.write('percent\t%d\t%s\t%s\n' % (v, enc(p), run(lambda: p % v)))

# ---- str repr / ascii / format, bytes repr ---------------------------------------------
POOL = (list(range(0, 0x80)) + list(range(0x80, 0x100)) + [0x100, 0x378, 0x3b1, 0x416, 0x5d0, 0x600, 0x61c,
        0x200b, 0x200e, 0x2028, 0x2029, 0x202f, 0x2060, 0x3000, 0x4e2d, 0xac00, 0xd7ff, 0xe000, 0xf8ff,
        0xfeff, 0xfffd, 0xfffe, 0xffff, 0x1f600, 0x1f4a9, 0x10000, 0x1d11e, 0xe0001, 0xf0000, 0x10ffff,
        0x2003, 0xa0, 0xad, 0x85, 0x1680, 0x180e, 0x1100, 0x0e3f, 0x20ac, 0x2603])
STRS = ['', 'a', "'", '"', '\'"', "it's", 'say "hi"', '\\', '\t\n\r', '\x00\x1f\x7f\x80\x9f\xa0\xff',
        'caf\u00e9', '\u4e2d\u6587', '\U0001f600', '\ud800', '\udfff', '\ud800x', 'x\udc00', 'a\u2028b',
        '\u200b', '\ufeff', '\U000e0001', '\U0010ffff']
for _ in range(300):
    STRS.append(''.join(chr(random.choice(POOL)) for _ in range(random.randint(1, 12))))
with open('str_repr.txt', 'w') as f:
    for s in STRS:
        f.write('%s\t%s\t%s\n' % (enc(s), enc(repr(s)), enc(ascii(s))))
with open('bytes_repr.txt', 'w') as f:
    BS = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256)), b"it's", b'say "hi"']
    for _ in range(100):
        BS.append(bytes(random.getrandbits(8) for _ in range(random.randint(1, 10))))
    for b in BS:
        f.write('%s\t%s\n' % (b.hex(), enc(repr(b))))

STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '.0', '10.2', '>10.3s', '=10', '+',
             ' ', '-', 'z', '#', '05', '0<5', '010.1', ',', '_', ',s', 'd', 'x', 'abc', '.', '\u20ac^7',
             '\U0001f600<6', '0', '3']
with open('str_format.txt', 'w') as f:
    for s in ['', 'a', 'abc', 'hello world', '\u4e2d\u6587', '\U0001f600\U0001f600x', 'caf\u00e9']:
        for spec in STR_SPECS:
            f.write('%s\t%s\t%s\n' % (enc(s), enc(spec), run(lambda: format(s, spec))))
print('ok')
