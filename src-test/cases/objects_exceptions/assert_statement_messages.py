# assert raises AssertionError with the optional message, evaluated only on failure.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
for v in [0, -2]:
    try:
        check(v)
    except AssertionError as e:
        print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert 1, print("not evaluated")
