# str.join: a lone exact str comes back as itself (a str subclass item gives a new str); only a failing
# iter() reads "can only join an iterable", a TypeError raised while iterating propagates.
class S(str): pass
s1 = S('abcd'); s2 = ''.join([s1]); print(s2 is s1, type(s2).__name__, s2)
s1 = 'abcd'; print(''.join([s1]) is s1, '-'.join(['x']) == 'x', ''.join(()) == '')
def gen():
    yield 'a'
    raise TypeError('inner problem')
try: ''.join(gen())
except TypeError as e: print('TypeError', e)
try: ''.join(5)
except TypeError as e: print('TypeError', e)
try: ''.join(['a', 1])
except TypeError as e: print('TypeError', e)
print(','.join(S(c) for c in 'xyz'))
