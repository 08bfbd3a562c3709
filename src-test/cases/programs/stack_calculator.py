# A small RPN calculator: exercises classes, dict dispatch, exceptions, and str parsing.
class CalcError(Exception):
    pass

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def div(a, b):
    if b == 0:
        raise CalcError("division by zero")
    return a // b

OPS = {"+": add, "-": sub, "*": mul, "/": div}

def evaluate(expr):
    stack = []
    for token in expr.split():
        if token in OPS:
            if len(stack) < 2:
                raise CalcError("stack underflow at " + repr(token))
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[token](a, b))
        else:
            try:
                stack.append(int(token))
            except ValueError:
                raise CalcError("bad token " + repr(token))
    if len(stack) != 1:
        raise CalcError("leftover stack " + str(stack))
    return stack[0]

for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 100 *", "1 0 /", "+", "1 2", "4 x +",
             "99999999999 99999999999 *"]:
    try:
        print(expr, "=", evaluate(expr))
    except CalcError as e:
        print(expr, "-> error:", e)
