# SyntaxError's details tuple is checked as CPython's; __init__ resets the keyword attributes of
# ImportError/NameError/AttributeError; __cause__/__context__/__traceback__ may not be deleted.
for a in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), ('f',1,2,'t'), ['f',1,2,'t',1,3], 'abcd', 5]:
    try:
        e = SyntaxError('bad', a); print(e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as e: print('TE', e)
e = ImportError('test', name='name', path='path'); e.__init__(); print(e.args, e.msg, e.name, e.path)
e = ImportError('test', name='name', path='path'); e.__init__('a', name='x'); print(e.args, e.msg, e.name, e.path)
e = AttributeError('test', name='name', obj=3); print(e.name, e.obj); e.__init__(); print(e.args, e.name, e.obj)
e = NameError('test', name='name'); print(e.name); e.__init__('x'); print(e.args, e.name)
e = Exception()
for n in ('__cause__', '__context__', '__traceback__'):
    try: delattr(e, n)
    except TypeError as x: print(x)
