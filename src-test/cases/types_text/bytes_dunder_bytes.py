def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
class Bad:
    def __bytes__(self):
        return 'str'
check(lambda: bytes(Bad()))
