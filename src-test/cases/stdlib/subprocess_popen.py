# subprocess.Popen: pipes in every direction, communicate (input, timeout), wait, poll,
# returncode, kill and terminate, context manager.
import subprocess

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, type(p.stderr).__name__)
print(p.returncode, p.poll())
out, err = p.communicate(b'hello cat\n' * 3)
print(out, err, p.returncode, p.poll(), p.wait())

with subprocess.Popen(['sh', '-c', 'read line; echo "got $line"; echo done >&2'], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as p:
    p.stdin.write('a line\n')
    p.stdin.close()
    print(repr(p.stdout.read()))
print(p.returncode)

# reading and writing the pipes directly, line by line
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
for i in range(3):
    p.stdin.write(b'line %d\n' % i)
    print(p.stdout.readline())
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

# big data both ways (more than a pipe holds)
data = bytes(range(256)) * 2000
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(data)
print(len(out), out == data, p.returncode)

# timeouts
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    p.communicate(timeout=10)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout)
print(p.poll())
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.terminate()
print(p.wait(), p.returncode)
try:
    subprocess.run(['cat'], stdin=subprocess.PIPE, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)

# exit statuses and signals
for cmd in (['true'], ['false'], ['sh', '-c', 'exit 42']):
    p = subprocess.Popen(cmd)
    print(cmd, p.wait(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE)
p.send_signal(9)
print(p.wait())
p.stdin.close()

print(subprocess.Popen(['echo', 'x'], stdout=subprocess.DEVNULL).wait())
p = subprocess.Popen('echo $0 shell', shell=True, stdout=subprocess.PIPE)
print(p.args, p.communicate()[0])
