class Flaky:
    def __bool__(self):
        raise RuntimeError('no truth')

flag = Flaky()
result = flag and 1
