try:
    print(undefined_variable)
except NameError as e:
    print(e)
def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print(e)
print(x)
