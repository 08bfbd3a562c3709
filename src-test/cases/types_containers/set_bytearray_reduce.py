# set/frozenset/bytearray pickle protocol (__reduce__/__reduce_ex__) and the copies built from it
import copy
print(set([1]).__reduce__(), frozenset([2]).__reduce__(), bytearray(b'ab').__reduce__())
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(4))
class S(set):
    pass
s = S([3]); s.tag = 'x'
r = s.__reduce__(); print(r[0].__name__, r[1], r[2])
c = copy.deepcopy(s); print(type(c).__name__, c, c.tag)
print(copy.copy(frozenset([1, 2])) == {1, 2}, copy.deepcopy(bytearray(b'xy')), copy.deepcopy({frozenset([1]): bytearray(b'z')}))
import _thread
for obj in (_thread.allocate_lock(),):
    try:
        copy.deepcopy(obj)
        print('copied', type(obj).__name__)
    except TypeError as e:
        print('TypeError', e)
