# termios on descriptors that are not terminals: termios.error(ENOTTY), argument checks, constants
import errno
import os
import tempfile
import termios

def attempt(label, f):
    try:
        print(label, repr(f()))
    except termios.error as e:
        print(label, "termios.error", e.args[0] == errno.ENOTTY, e.args[0] == errno.EBADF, type(e.args[1]).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

print(termios.error.__mro__, termios.error.__module__)
r, w = os.pipe()
attempt("pipe tcgetattr", lambda: termios.tcgetattr(r))
attempt("pipe tcdrain", lambda: termios.tcdrain(w))
attempt("pipe tcflush", lambda: termios.tcflush(r, termios.TCIFLUSH))
attempt("pipe tcflow", lambda: termios.tcflow(w, termios.TCOON))
attempt("pipe tcsendbreak", lambda: termios.tcsendbreak(w, 0))
attempt("pipe tcgetwinsize", lambda: termios.tcgetwinsize(r))
attempt("short list", lambda: termios.tcsetattr(r, termios.TCSANOW, []))
attempt("not a list", lambda: termios.tcsetattr(r, termios.TCSANOW, (1, 2, 3, 4, 5, 6, 7)))
attempt("pipe tcsetattr", lambda: termios.tcsetattr(r, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"\0"] * 32]))
with tempfile.TemporaryFile() as f:
    attempt("file tcgetattr", lambda: termios.tcgetattr(f))
    attempt("file fileno", lambda: termios.tcgetattr(f.fileno()))
os.close(r)
os.close(w)
attempt("closed", lambda: termios.tcgetattr(r))
attempt("negative", lambda: termios.tcgetattr(-1))
attempt("bad type", lambda: termios.tcgetattr("x"))
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.VMIN, termios.VTIME, termios.NCCS)
print(termios.B9600, termios.B38400, termios.TIOCGWINSZ, termios.TCIFLUSH, termios.TCOON)
