def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('ab'.center(6), 'ab'.center(7, '*'), 'abc'.center(6, '-'), 'ab'.ljust(5, '.'), 'ab'.rjust(5), '-5'.zfill(5), '+5'.zfill(4), '5'.zfill(3), 'abc'.zfill(2), ''.zfill(2))
print('x'.center(4, 'é'), 'ab'.ljust(1), repr('a'.rjust(3, '\u3000')))
check(lambda: 'ab'.center(6, '**'))
check(lambda: 'ab'.center(6, 1))
check(lambda: 'ab'.ljust('5'))
