# memoryview over array.array and bytearray: live writes, release, and resizing while exported.
import array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = array.array('i', [1, 2, 3])
v = memoryview(a)
print(v.format, v.itemsize, v.nbytes, v.shape, v.readonly, v.tolist(), v[1], v.obj is a)
v[1] = 7
print(a)
t('array big', lambda: v.__setitem__(0, 2 ** 40))
t('array float', lambda: v.__setitem__(0, 1.5))
t('array append', lambda: a.append(1))
t('array extend', lambda: a.extend([1]))
t('array pop', lambda: a.pop())
t('array del', lambda: a.__delitem__(0))
t('array imul1', lambda: a.__imul__(1))
t('array imul2', lambda: a.__imul__(2))
a[0] = 5
print(v.tolist())
v.release()
a.append(4)
print(a, repr(v).startswith('<released memory at 0x'))
t('released', lambda: v[0])
t('released len', lambda: len(v))
t('released fmt', lambda: v.format)
v.release()
for code in 'bBhHiIlLqQfd':
    m = memoryview(array.array(code, [1, 2]))
    print(code, m.format, m.itemsize, m.tolist())
t('array u', lambda: memoryview(array.array('u', 'ab')).tolist())
print(memoryview(array.array('u', 'ab')).format, memoryview(array.array('u', 'ab')).cast('B').nbytes)
print(memoryview(array.array('h', [1, 2])) == array.array('h', [1, 2]))
ad = array.array('d', [1.5, 2.5])
md = memoryview(ad)
md[0] = 3
print(ad, md.cast('B').cast('d').tolist())
mb = memoryview(ad).cast('B')
mb[0:8] = memoryview(array.array('d', [9.0])).cast('B')
print(ad)

ba = bytearray(b'abc')
mm = memoryview(ba)
for name, f in [('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'x')),
                ('clear', lambda: ba.clear()), ('pop', lambda: ba.pop()),
                ('setslice', lambda: ba.__setitem__(slice(0, 1), b'xy')),
                ('delitem', lambda: ba.__delitem__(0)), ('iadd', lambda: ba.__iadd__(b'q')),
                ('imul', lambda: ba.__imul__(2)), ('insert', lambda: ba.insert(0, 1)),
                ('remove', lambda: ba.remove(98)), ('remove missing', lambda: ba.remove(66))]:
    t(name, f)
ba[0] = 65
ba[1:2] = b'B'
ba.extend(b'')
print(ba, mm.tobytes())
with mm as inner:
    print(inner is mm, inner[0])
ba.append(33)
print(ba)
t('after with', lambda: mm[0])
t('enter released', lambda: mm.__enter__())

# a view that is no longer referenced does not pin the size
ba2 = bytearray(b'xyz')
print(bytes(memoryview(ba2)[1:]))
ba2.append(0x21)
print(ba2)
# a view of a view keeps the base pinned until it is released too
ba3 = bytearray(b'12345678')
m1 = memoryview(ba3)
m2 = m1[2:].cast('h')
m1.release()
t('pinned by sub-view', lambda: ba3.append(1))
m2[0] = 0x4142
print(ba3)
m2.release()
ba3.append(0x39)
print(ba3)
print(bytes(memoryview(b'hello')[1:4]), bytearray(memoryview(b'hi')), b''.join([memoryview(b'a'), b'b']))
import struct
b = bytearray(8)
struct.pack_into('<h', memoryview(b).cast('i'), 2, 258)
print(b)
t('pack_into ro', lambda: struct.pack_into('<h', memoryview(b'abcd'), 0, 1))
