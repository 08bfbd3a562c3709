import sys

def shutdown():
    try:
        print("shutting down")
        sys.exit(4)
    finally:
        print("finally still runs")

try:
    shutdown()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
shutdown()
