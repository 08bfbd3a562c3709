# raise ... from None hides the context in the traceback.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"not a number: {s!r}") from None
print(convert("12"))
convert("abc")
