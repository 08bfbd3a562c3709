# _signal (what the signal module wraps): numbers, the handler table, default_int_handler,
# raise_signal running the installed handler, strsignal, valid_signals, and argument errors.
import _signal

print(_signal.SIGINT, _signal.SIGTERM, _signal.SIGKILL, _signal.SIGUSR1, _signal.SIGCHLD, _signal.NSIG, _signal.SIGRTMIN, _signal.SIGRTMAX)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM))
print(_signal.SIG_DFL, _signal.SIG_IGN)

def handler(signum, frame):
    print("handled", signum)

old = _signal.signal(_signal.SIGUSR1, handler)
print(old, _signal.getsignal(_signal.SIGUSR1) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL))
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
for sig in (1, 2, 9, 15, 31, 32, 34, 50, 64):
    print(sig, _signal.strsignal(sig))
v = _signal.valid_signals()
print(len(v), min(v), max(v), sorted(set(range(1, 65)) - v))
for args in [(0, _signal.SIG_DFL), (65, 0), (_signal.SIGKILL, 0), (_signal.SIGSTOP, handler), (2, 5), (2, 'x')]:
    try:
        _signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    _signal.getsignal(100)
except ValueError as e:
    print("ValueError", e)
