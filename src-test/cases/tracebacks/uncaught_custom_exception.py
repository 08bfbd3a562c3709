class ValidationError(Exception):
    pass

def validate(n):
    if n % 2:
        raise ValidationError("odd number: " + str(n))
    return n

for n in [2, 4, 7, 8]:
    print(validate(n))
