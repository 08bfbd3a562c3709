def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except")
        result = None
    else:
        print("else", result)
    finally:
        print("finally")
    return result

print(attempt(2))
print(attempt(0))
