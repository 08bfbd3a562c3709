def check_age(age):
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    if age > 150:
        raise OverflowError("too old")
    return age

for a in [30, -1, 200]:
    try:
        print(check_age(a))
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
