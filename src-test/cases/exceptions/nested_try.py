try:
    try:
        print("inner try")
        raise IndexError("from inner")
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
    print("not reached")
except IndexError as e:
    print("outer caught:", e)
finally:
    print("outer finally")

try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handled first")
        raise TypeError("second")
except TypeError as e:
    print("outer caught:", e)
