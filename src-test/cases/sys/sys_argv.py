import sys
# argv[0] is the script path (relative or absolute, depending on how it was started).
print(len(sys.argv), sys.argv[0].endswith("sys_argv.py"), sys.argv[1:])
print(type(sys.argv).__name__)
