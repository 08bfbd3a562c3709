def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'hello.py'
print(b.startswith(b'he'), b.startswith((b'x', b'hel')), b.endswith(b'.py'), b.endswith(b'.py', 0, 5), b.startswith(b'llo', 2))
check(lambda: b.startswith('h'))
check(lambda: b.endswith(['a']))
