# Indexing and item assignment of memoryviews in multi-byte formats, with range and type errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3

class Flt:
    def __float__(self):
        return 2.5

buf = bytearray(16)
mi = memoryview(buf).cast('i')
mi[0] = 1
mi[-1] = -2
mi[1] = Idx()
print(mi.tolist(), mi[0], mi[-1], bytes(buf[:8]))
for v in [True, 2 ** 31, -2 ** 31 - 1, 'a', None, 1.0, Flt()]:
    t('i=' + repr(type(v).__name__), lambda: mi.__setitem__(2, v))
mq = memoryview(bytearray(16)).cast('Q')
for v in [2 ** 64 - 1, 2 ** 64, -1]:
    t('Q=' + str(v), lambda: (mq.__setitem__(0, v), mq[0])[1])
mb = memoryview(bytearray(4))
for v in [255, 256, -1, Idx(), b'a']:
    t('B=' + repr(v) if not isinstance(v, Idx) else 'B=Idx', lambda: (mb.__setitem__(0, v), mb[0])[1])
md = memoryview(bytearray(16)).cast('d')
for v in [Flt(), Idx(), 5, 'x', 2 ** 2000, 1e300]:
    t('d=' + type(v).__name__, lambda: (md.__setitem__(0, v), md[0])[1])
mf = memoryview(bytearray(8)).cast('f')
mf[0] = 1e300
mf[1] = 0.1
print(mf.tolist())
mz = memoryview(bytearray(4)).cast('?')
mz[0] = True
mz[1] = 5
mz[2] = []
print(mz.tolist())
mc = memoryview(bytearray(b'abcd')).cast('c')
mc[0] = b'z'
t('c=ab', lambda: mc.__setitem__(1, b'ab'))
t('c=int', lambda: mc.__setitem__(1, 3))
print(mc.tolist(), mc[0])
mh = memoryview(bytearray(8)).cast('h')
mh[1:3] = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('h')
print(mh.tolist())
t('slice fmt', lambda: mh.__setitem__(slice(0, 2), b'abcd'))
t('slice len', lambda: mh.__setitem__(slice(0, 2), memoryview(bytearray(2)).cast('h')))
t('slice type', lambda: mh.__setitem__(slice(0, 2), [1, 2]))
mh[::2] = memoryview(bytearray(b'\x07\x00\x08\x00')).cast('h')
print(mh.tolist())
t('readonly', lambda: memoryview(b'abcd').__setitem__(0, 1))
t('readonly h', lambda: memoryview(b'abcd').cast('h').__setitem__(0, 1))
t('delete', lambda: mh.__delitem__(0))
t('index oob', lambda: mi[4])
t('index neg oob', lambda: mi[-5])
t('index str', lambda: mi['a'])
t('index float', lambda: mi[0.0])
t('index big', lambda: mi[2 ** 100])
t('sub-view', lambda: mi[()])
t('index Idx', lambda: mi[Idx()])
s = mi[1:3]
print(s.tolist(), s.shape, s.strides, s.nbytes, len(s))
s[0] = 99
print(mi.tolist())
print(memoryview(b'abcd').cast('h') == memoryview(b'abcd').cast('h'))
print(memoryview(b'abcd').cast('h') == b'abcd', memoryview(b'abcd') == b'abcd')
print(memoryview(b'abcd') != b'abce', memoryview(b'ab') == 'ab')
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan == memoryview(nan))
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abc').cast('c')) == hash(b'abc'))
t('hash writable', lambda: hash(memoryview(bytearray(b'abc'))))
t('hash fmt', lambda: hash(memoryview(b'abcd').cast('h')))
ro = memoryview(bytearray(b'ab')).toreadonly()
print(ro.readonly)
t('hash ro of bytearray', lambda: hash(ro))
print(hash(memoryview(b'ab').toreadonly()) == hash(b'ab'))
t('ro set', lambda: ro.__setitem__(0, 1))
t('not buffer', lambda: memoryview(5))
t('no arg', lambda: memoryview())
print(memoryview(object=b'xy').tobytes(), memoryview(b'ab').tobytes(order=None))
