# Running another interpreter through sys.executable, as test harnesses and tools do.
import os
import subprocess
import sys

print(bool(sys.executable), os.path.isabs(sys.executable), os.access(sys.executable, os.X_OK))
code = "import sys; data = sys.stdin.read(); print(data.upper(), sys.argv[1:]); sys.exit(len(data))"
p = subprocess.run([sys.executable, "-c", code, "x", "y"], input="abc", capture_output=True, text=True)
print(p.returncode, repr(p.stdout), repr(p.stderr))
p = subprocess.run([sys.executable, "-c", "raise KeyError('k')"], capture_output=True, text=True)
print(p.returncode, p.stderr.splitlines()[-1])
