counter = 0

def next_value():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter

def f(x=next_value()):
    return x

print("defined")
print(f())
print(f())
print(f(99))
print("counter", counter)
