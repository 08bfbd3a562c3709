def f():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")

def g():
    for i in range(5):
        try:
            if i == 2:
                break
            if i == 0:
                continue
            print("body", i)
        finally:
            print("finally", i)
    return i

def h():
    try:
        return 1
    finally:
        return 2

print(f())
print(g())
print(h())
