# An exception raised inside a handler is chained to the one being handled.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("conversion failed for " + repr(text))

print(convert("12"))
convert("twelve")
