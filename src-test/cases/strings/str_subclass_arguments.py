# instances of str subclasses are accepted wherever str is (join items, separators, fill characters)
class S(str):
    pass
s = S('ab')
print('-'.join([s, 'c']), S('+').join(['1', '2']), '-'.join(S(c) for c in 'xyz'))
print('x'.center(5, S('*')), 'a b'.split(S(' ')), 'abc'.startswith(S('a')), 'zabz'.replace(s, 'Q'), 'aXb'.partition(S('X')))
print('xaby'.find(s), s in 'zabz', str(s) == 'ab', {'ab': 1}[s], 'x' + s, s + 'x', '%s|%r' % (s, s))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
