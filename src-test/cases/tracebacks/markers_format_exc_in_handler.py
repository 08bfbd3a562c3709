import traceback

def fetch(obj):
    return obj.value

try:
    fetch(None)
except AttributeError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))

try:
    fetch(42)
except AttributeError as e:
    for line in traceback.format_exception(e):
        print(line.replace(__file__, 'FILE'), end='')
