# An uncaught built-in error raised in a handler prints the handled exception first.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}.pop(text)

parse("seven")
