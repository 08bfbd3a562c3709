def register(func):
    raise TypeError('cannot register ' + func.__name__)

@register
def handler():
    pass
