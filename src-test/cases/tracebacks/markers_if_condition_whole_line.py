class Flaky:
    def __bool__(self):
        raise RuntimeError('no truth')

if Flaky():
    pass
