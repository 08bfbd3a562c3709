"""Shared by perf/run and perf/ab: finding the reference interpreter's real binary."""
import subprocess


def real_executable(name):
    """The interpreter binary behind `name`: a version manager's shim (pyenv's is a bash script)
    would add its own start-up, 0.05-0.4 s here, to every python3 time."""
    try:
        out = subprocess.run([name, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, timeout=60)
        path = out.stdout.decode().strip()
        return path if out.returncode == 0 and path else name
    except (OSError, subprocess.TimeoutExpired):
        return name
