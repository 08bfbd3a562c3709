# unicodedata: names (incl. algorithmic CJK and Hangul names), lookup, category, bidirectional,
# mirrored, decimal/digit/numeric, normalization forms, and the error messages.
import unicodedata as u

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, TypeError, KeyError) as e:
        print(label, type(e).__name__ + ":", e)

sample = ('aZ09 \t!~\u00a0\u00e9\u00df\u0130\u01c5\u02b0\u0300\u0345\u0488\u0903\u0966\u05d0\u0627\u0661'
          '\u06f5\u200b\u200e\u2028\u2029\u2160\u00b2\u2075\u2089\u2460\u2776\u20ac\u221e\u2192(\u27e8'
          '\u3042\u30a2\u4e00\u9fa5\uac00\ud55c\uf900\ufb01\uff21\U0001d400\U0001f600\U00020000\ue000')
for c in sample:
    print('%04X' % ord(c), u.name(c, '-'), u.category(c), u.bidirectional(c), u.mirrored(c),
          u.decimal(c, '-'), u.digit(c, '-'), u.numeric(c, '-') if not 0x3400 <= ord(c) <= 0x2ffff else '')
for name in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E2D',
             'HANGUL SYLLABLE GAG', 'GRINNING FACE', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'SNOWMAN']:
    c = u.lookup(name)
    print(name, '%04X' % ord(c), u.name(c))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for s in ['e\u0301', '\u00e9', '\ufb01', '\u2460', 'A\u030a\u0327', '\uac00', '\u1100\u1161', 'plain']:
        n = u.normalize(form, s)
        print(form, [hex(ord(x)) for x in n], u.is_normalized(form, s))
print(u.unidata_version, u.ucd_3_2_0.name('a'), u.ucd_3_2_0.category('A'), u.ucd_3_2_0.unidata_version)
attempt("name control", u.name, '\n')
attempt("name unassigned", u.name, '\u0378')
attempt("name pua", u.name, '\ue000')
attempt("lookup", u.lookup, 'NO SUCH CHARACTER')
attempt("lookup block form", u.lookup, 'CJK UNIFIED IDEOGRAPHS 4E00')
attempt("name two chars", u.name, 'ab')
attempt("name int", u.name, 1)
attempt("category int", u.category, 1)
attempt("decimal", u.decimal, 'x')
attempt("digit", u.digit, '\u00bd')
attempt("numeric", u.numeric, 'x')
attempt("normalize form", u.normalize, 'NFX', 'a')
attempt("normalize bytes", u.normalize, 'NFC', b'a')
