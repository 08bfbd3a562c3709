# subprocess.run and friends over _posixsubprocess: capture, check, shell, cwd, env, errors,
# and os.system / os.popen. Only programs every Debian has (echo, cat, sh, true, false).
import os
import subprocess
import sys

r = subprocess.run(['echo', 'hi'], capture_output=True, text=True)
print(r)
print(type(r).__name__, r.args, r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.run(['echo', 'bytes'], capture_output=True).stdout)
print(subprocess.check_output(['echo', 'check', 'output']))
print(subprocess.check_output(['cat'], input=b'fed through stdin'))
print(subprocess.check_output(['cat'], input='text input\n', text=True), end='')
print(subprocess.check_output('echo $((6 * 7))', shell=True))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.run(['true']).returncode, subprocess.run(['false']).returncode)

try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 3'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stdout), repr(e.stderr))

for prog in (['no_such_program_pyston_x'], ['./no_such_file_here']):
    try:
        subprocess.run(prog)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    subprocess.run(['echo'], cwd='no_such_directory_pyston_x')
except FileNotFoundError as e:
    print(type(e).__name__, e)

# stderr: separate, merged into stdout, discarded
both = ['sh', '-c', 'echo out; echo err >&2']
r = subprocess.run(both, capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(both, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(both, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr)
r = subprocess.run(both, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# cwd and env
d = 'scratch_subprocess_%d' % os.getpid()
os.mkdir(d)
try:
    out = subprocess.check_output(['sh', '-c', 'pwd'], cwd=d, text=True)
    print(out.strip().endswith('/' + d))
    with open(os.path.join(d, 'f.txt'), 'w') as f:
        f.write('in the directory\n')
    print(subprocess.check_output(['cat', 'f.txt'], cwd=d))
finally:
    os.remove(os.path.join(d, 'f.txt'))
    os.rmdir(d)
print(subprocess.check_output(['sh', '-c', 'echo "[$ONLY]"'], env={'ONLY': 'just this'}))
print(subprocess.check_output('echo "[$PYSTON_UNSET_VAR]"', shell=True, env={}))
os.environ['PYSTON_CASE_ENV'] = 'inherited'
print(subprocess.check_output('echo $PYSTON_CASE_ENV', shell=True))
del os.environ['PYSTON_CASE_ENV']
print(subprocess.check_output('echo "[$PYSTON_CASE_ENV]"', shell=True))

# the child's output goes where ours goes when not captured
sys.stdout.flush()
print(subprocess.call(['echo', 'straight to our stdout']))
sys.stdout.flush()
print(os.system('echo from os.system; exit 2') >> 8)
print(os.system('true'))
with os.popen('echo from popen; echo second line') as p:
    print(p.read(), end='')
print(os.popen('exit 3').close())
with os.popen('cat > /dev/null', 'w') as p:
    print(type(p).__name__, p.write('discarded'))
print(subprocess.getoutput('echo getoutput; false'), subprocess.getstatusoutput('echo st; exit 4'))
