text = """line one
    line two "quoted"
line three"""
print(text)
print(len(text.split("\n")))
other = '''single's
triple'''
print(other)
joined = """a\
b"""
print(joined)
print(repr("""x
y"""))
