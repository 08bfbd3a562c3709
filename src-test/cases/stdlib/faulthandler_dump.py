# faulthandler: enable/disable/is_enabled, dump_traceback of the current thread, dump_traceback_later
import faulthandler
import os
import re
import sys
import tempfile
import time

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def show(text):
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]{16}", "0xID", line)
        line = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', line)
        print("|", line)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())

with tempfile.TemporaryFile("w+") as f:
    faulthandler.enable(file=f, all_threads=False)
    print("enabled with file", faulthandler.is_enabled())
    faulthandler.disable()

    def inner():
        faulthandler.dump_traceback(f, all_threads=False)

    def outer():
        inner()

    outer()
    f.seek(0)
    show(f.read())

with tempfile.TemporaryFile("w+") as f:
    def current():
        faulthandler.dump_traceback(file=f.fileno())
    current()
    f.seek(0)
    text = f.read()
    show("\n".join(l for l in text.splitlines() if "Current thread" in l or "current" in l))

with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
    f.seek(0)
    print("cancelled", repr(f.read()))

with tempfile.TemporaryFile("w+") as f:
    def wait():
        faulthandler.dump_traceback_later(0.25, file=f)
        # wait here (the dump must show this frame) until the dump is written; a loaded machine
        # can delay the watchdog thread well past the timeout
        deadline = time.monotonic() + 30
        while os.fstat(f.fileno()).st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
    wait()
    f.seek(0)
    lines = f.read().splitlines()
    print(lines[0])
    print(any(l.startswith("Thread 0x") and l.endswith("(most recent call first):") for l in lines))
    print(any(l.endswith(" in wait") for l in lines))

attempt("negative timeout", lambda: faulthandler.dump_traceback_later(-1))
attempt("zero timeout", lambda: faulthandler.dump_traceback_later(0))
attempt("negative fd", lambda: faulthandler.dump_traceback(file=-1))
attempt("no fileno", lambda: faulthandler.enable(file=object()))
attempt("cancel again", faulthandler.cancel_dump_traceback_later)
