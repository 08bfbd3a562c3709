import sys
try:
    exit(3)
except SystemExit as e:
    print('exit', e.code)
try:
    quit()
except SystemExit as e:
    print('quit', e.code)
print(callable(exit), callable(help), callable(open))
exit('bye')
