e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
for code in [1, 2, 13, 17, 20, 21, 32, 111, 110, 99999]:
    print(code, type(OSError(code, "m")).__name__)
print(OSError("plain").errno, str(OSError("plain")))
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
print(str(OSError(2, "x", "a", None, "b")))
