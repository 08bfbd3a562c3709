# unittest reports failures, errors, skips and subtests; its own frames are cut from the
# tracebacks by assigning tb_next. doctest runs examples through compile(..., "single").
import doctest
import io
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_err(self):
        raise KeyError("k")
    @unittest.skip("not today")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
for line in buf.getvalue().splitlines():
    if line.startswith("Ran ") or 'File "' in line:
        continue
    print(line)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))

def square(x):
    """
    >>> square(3)
    9
    >>> [square(n) for n in range(4)]
    [0, 1, 4, 9]
    >>> square(-2)
    5
    >>> square("a")
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x

out = io.StringIO()
runner = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(square, "square", globs={"square": square}):
    runner.run(test, out=out.write)
print("\n".join(l for l in out.getvalue().splitlines() if 'File "' not in l))
print(runner.summarize(verbose=False))

# tb_next is writable, with CPython's checks
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    try:
        tb.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        tb.tb_next = 3
    except TypeError as err:
        print("TypeError:", err)
    try:
        del tb.tb_next
    except TypeError as err:
        print("TypeError:", err)
    tb.tb_next = None
    print(tb.tb_next)
