"""Runs one CPython regression-test module with unittest and writes one line per test ID.

Usage: driver.py TESTDIR MODULE OUTFILE [EXCLUDEFILE]
       driver.py TESTDIR --preflight OUTFILE   (only imports unittest and test.support)

TESTDIR is the directory holding CPython's `test` package (Lib/test); MODULE is e.g. `test_int`.
The module is loaded as libregrtest does (its `test_main` if it has one, else
`unittest.TestLoader().loadTestsFromModule`) and run through `test.support.run_unittest`, so the
helpers of test.support (resources, `requires`, `run_unittest`) behave as under regrtest with no
`-u` option: resource-hungry tests (cpu, network, largefile, ...) are skipped.

OUTFILE receives, flushed as they happen, `START id` before a test and then one of
`PASS id`, `FAIL id`, `ERROR id`, `SKIP id`, `XFAIL id` (expected failure) after it; `MODULE-ERROR
message` if the module cannot be loaded; `DONE` at the end. A line per event, so that a crash or a
hang leaves a record naming the test that was running. EXCLUDEFILE lists IDs (one a line) not to
run: the runner uses it to resume a module after a test crashed or hung.
"""

import os
import sys
import traceback


def format_error(err):
    """The traceback of exc_info triple err; frame lines only if the traceback module fails."""
    try:
        return "".join(traceback.format_exception(*err))
    except BaseException:
        lines = []
        tb = err[2]
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append(f'  File "{code.co_filename}", line {tb.tb_lineno}, in {code.co_name}\n')
            tb = tb.tb_next
        try:
            message = str(err[1])
        except BaseException:
            message = "(unprintable)"
        return "".join(lines) + f"{err[0].__name__}: {message}\n"


def print_current_error():
    sys.stderr.write(format_error(sys.exc_info()))


def main(argv):
    testdir, module_name, outfile = argv[1], argv[2], argv[3]
    excluded = set()
    if len(argv) > 4:
        with open(argv[4], encoding="utf-8") as f:
            excluded = {line.strip() for line in f if line.strip()}
    sys.path.insert(0, testdir)
    out = open(outfile, "a", encoding="utf-8")

    def emit(kind, test_id):
        out.write(f"{kind} {test_id}\n")
        out.flush()

    try:
        import unittest
        from test import support
    except BaseException as e:
        emit("MODULE-ERROR", f"cannot import unittest and test.support: {type(e).__name__}: {e}".replace("\n", " "))
        print_current_error()
        return 1

    if module_name == "--preflight":
        # Only whether unittest and test.support import: the runner asks once before all modules.
        emit("DONE", module_name)
        return 0

    # As regrtest without -u: no optional resource is enabled (None would enable all of them).
    support.use_resources = []
    support.verbose = 0
    support.failfast = False

    class LineResult(unittest.TestResult):
        """A TestResult that writes each outcome as a line of OUTFILE."""

        def __init__(self):
            super().__init__()
            self._failed_subtests = set()

        def startTest(self, test):
            super().startTest(test)
            emit("START", test.id())

        def addSuccess(self, test):
            super().addSuccess(test)
            if test.id() in self._failed_subtests:
                emit("FAIL", test.id())
            else:
                emit("PASS", test.id())

        # Failures are not passed to TestResult: it formats them with the traceback module, which
        # must not be what decides whether the module can run at all.
        def addFailure(self, test, err):
            emit("FAIL", test.id())
            self._report(test, err)

        def addError(self, test, err):
            emit("ERROR", test.id())
            self._report(test, err)

        def addSubTest(self, test, subtest, err):
            if err is not None:
                self._failed_subtests.add(test.id())
                self._report(subtest, err)

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            emit("SKIP", test.id())

        def addExpectedFailure(self, test, err):
            emit("XFAIL", test.id())

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            emit("FAIL", test.id())

        def _report(self, test, err):
            # The traceback goes to stderr, which the runner keeps in the module's log.
            sys.stderr.write(f"=== {test.id()}\n{format_error(err)}\n")
            sys.stderr.flush()

    def without_excluded(suite):
        filtered = unittest.TestSuite()
        for test in suite:
            if isinstance(test, unittest.TestSuite):
                filtered.addTest(without_excluded(test))
            elif test.id() not in excluded:
                filtered.addTest(test)
        return filtered

    def run_suite(suite):
        result = LineResult()
        without_excluded(suite).run(result)
        return result

    # Every path (test_main or loader) ends in support._run_suite: run it with our result.
    support._run_suite = run_suite

    try:
        module = __import__("test." + module_name, fromlist=["*"])
    except BaseException as e:
        emit("MODULE-ERROR", f"import failed: {type(e).__name__}: {e}".replace("\n", " "))
        print_current_error()
        return 1
    try:
        if hasattr(module, "test_main"):
            module.test_main()
        else:
            loader = unittest.TestLoader()
            tests = loader.loadTestsFromModule(module)
            for error in loader.errors:
                sys.stderr.write(error + "\n")
            if loader.errors:
                emit("MODULE-ERROR", "errors while loading tests")
            support.run_unittest(tests)
    except support.TestFailed:
        pass  # run_unittest reports failures by raising; each outcome is already written
    except BaseException as e:
        emit("MODULE-ERROR", f"run failed: {type(e).__name__}: {e}".replace("\n", " "))
        print_current_error()
        return 1
    emit("DONE", module_name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
