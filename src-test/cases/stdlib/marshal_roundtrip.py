import marshal

values = [None, True, False, 0, 1, -5, 2**31 - 1, -2**31, 2**31, 2**40, 2**100, -2**70, 1.5, -0.0,
          float('inf'), 1e300, 2 + 1j, 'abc', '', 'é€😀', b'xy', b'', (1, 2), (), [1, 'a', [2]],
          {'k': 1, 2: (3,)}, {1, 2}, frozenset([3]), ..., StopIteration, ('a',) * 300]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(type(back).__name__, back == v or back is v, repr(back)[:60])

# what CPython writes (with back-references) reads back
print(marshal.loads(bytes.fromhex('a902da01617201000000')))
print(marshal.loads(bytes.fromhex('fbda016be90100000030')))
print(marshal.loads(bytes.fromhex('ec070000000000000000000000000000000004')))
print(marshal.loads(bytes.fromhex('f502000000c3a9')))
print(marshal.version)

for bad in [object(), lambda: 1, [object()]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError:', e)
for data in [b'', b'i\x01', b'\xff']:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__ + ':', e)
