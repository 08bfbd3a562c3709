# _posixsubprocess.fork_exec as subprocess.Popen drives it: pipes for stdin/stdout/stderr, the
# error pipe for a failed exec, cwd and env, waitpid and the wait-status macros, kill; and
# posix.environ/putenv/unsetenv as a child sees them.
import _posixsubprocess
import posix

PATH = posix.environ.get(b"PATH", b"/bin:/usr/bin")

def executables(name):
    name = name.encode()
    if b"/" in name:
        return [name]
    return [p + b"/" + name for p in PATH.split(b":")]

def spawn(argv, stdin=None, cwd=None, env=None, merge=True):
    """What Popen does: returns (pid, error-pipe data, stdout, stderr)."""
    errpipe_read, errpipe_write = posix.pipe()
    p2cread, p2cwrite = posix.pipe()
    c2pread, c2pwrite = posix.pipe()
    if merge:
        errread, errwrite = -1, c2pwrite
    else:
        errread, errwrite = posix.pipe()
    pid = _posixsubprocess.fork_exec(
        argv, executables(argv[0]), True, (errpipe_write,), cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
        errpipe_read, errpipe_write, False, False, -1, None, None, None, -1, None, True)
    for fd in (errpipe_write, p2cread, c2pwrite) + (() if merge else (errwrite,)):
        posix.close(fd)
    if stdin:
        posix.write(p2cwrite, stdin)
    posix.close(p2cwrite)
    err = b""
    while True:
        part = posix.read(errpipe_read, 50000)
        if not part:
            break
        err += part
    posix.close(errpipe_read)
    def drain(fd):
        data = b""
        while True:
            part = posix.read(fd, 4096)
            if not part:
                break
            data += part
        posix.close(fd)
        return data
    out = drain(c2pread)
    errout = b"" if merge else drain(errread)
    return pid, err, out, errout

pid, err, out, _ = spawn(["echo", "hello", "world"])
print(err, out)
wpid, status = posix.waitpid(pid, 0)
print(wpid == pid, status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.waitstatus_to_exitcode(status))

pid, err, out, _ = spawn(["/bin/sh", "-c", "cat; echo err >&2; exit 3"], stdin=b"from stdin\n")
print(err, out)
status = posix.waitpid(pid, 0)[1]
print(posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.waitstatus_to_exitcode(status), posix.WIFSIGNALED(status))

pid, err, out, errout = spawn(["/bin/sh", "-c", "echo out; echo err >&2"], merge=False)
print(out, errout, posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))

big = b"x" * 200000
pid, err, out, _ = spawn(["/bin/sh", "-c", "wc -c"], stdin=big)
print(out.strip(), posix.waitpid(pid, 0)[1])

pid, err, out, _ = spawn(["no_such_program_here"])
print(err, out)
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
pid, err, out, _ = spawn(["/bin/echo", "x"], cwd="no_such_directory_here")
print(err, out, posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))

d = "scratch_posix_spawn_%d" % posix.getpid()
posix.mkdir(d)
pid, err, out, _ = spawn(["/bin/sh", "-c", "pwd"], cwd=d)
print(out.decode().strip().endswith("/" + d), posix.waitpid(pid, 0)[1])
posix.rmdir(d)

pid, err, out, _ = spawn(["/bin/sh", "-c", "echo $ONLY_VAR:$HOME"], env=[b"ONLY_VAR=set here"])
print(out, posix.waitpid(pid, 0)[1])

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(b"PATH" in posix.environ)
posix.putenv("PYSTON_CASE_VAR", "value one")
posix.putenv(b"PYSTON_CASE_BYTES", b"value two")
pid, err, out, _ = spawn(["/bin/sh", "-c", "echo $PYSTON_CASE_VAR/$PYSTON_CASE_BYTES"])
print(out, posix.waitpid(pid, 0)[1])
posix.unsetenv("PYSTON_CASE_VAR")
pid, err, out, _ = spawn(["/bin/sh", "-c", "echo [$PYSTON_CASE_VAR]"])
print(out, posix.waitpid(pid, 0)[1])
print(b"PYSTON_CASE_VAR" in posix.environ)
for bad in ["", "A=B", "A\0B", 1]:
    for f in (posix.putenv, posix.unsetenv):
        try:
            if f is posix.putenv:
                f(bad, "x")
            else:
                f(bad)
        except (ValueError, OSError, TypeError) as e:
            print(f.__name__, repr(bad), type(e).__name__, e)

null = posix.open("/dev/null", posix.O_RDWR)
errpipe_read, errpipe_write = posix.pipe()
pid = _posixsubprocess.fork_exec(
    ["sleep", "30"], executables("sleep"), True, (errpipe_write,), None, None,
    null, -1, -1, null, -1, null, errpipe_read, errpipe_write, False, False, -1, None, None, None, -1, None, True)
posix.close(errpipe_write)
print(posix.read(errpipe_read, 100))
posix.close(errpipe_read)
posix.close(null)
print(posix.waitpid(pid, posix.WNOHANG))
posix.kill(pid, 9)
status = posix.waitpid(pid, 0)[1]
print(posix.WIFSIGNALED(status), posix.WTERMSIG(status), posix.waitstatus_to_exitcode(status))
try:
    posix.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)

for st in [0, 256, 9, 0x7f | (19 << 8), 0xffff]:
    print(st, posix.WIFEXITED(st), posix.WEXITSTATUS(st), posix.WIFSIGNALED(st), posix.WTERMSIG(st),
          posix.WIFSTOPPED(st), posix.WSTOPSIG(st), posix.WIFCONTINUED(st), posix.WCOREDUMP(st))
for st in [0x7f | (19 << 8)]:
    try:
        posix.waitstatus_to_exitcode(st)
    except ValueError as e:
        print(e)
print(posix.system("exit 5") >> 8)
