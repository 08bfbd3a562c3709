def parse(text):
    try:
        return int(text)
    except ValueError:
        print("cannot parse", repr(text))
        raise

print(parse("7"))
parse("seven")
