# SystemExit with a message prints it to stderr and exits with status 1.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("a", "b")
except SystemExit as e:
    print("code", e.code)
sys.exit("fatal: stopping")
