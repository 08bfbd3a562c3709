match = [1, 2]
case = "soft"
print(match, case)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
notaclass = "x"
try:
    match 5:
        case notaclass.upper():
            pass
except TypeError as e:
    print(e)
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown " + cmd
for c in ["go north", "quit", "exit", "", "jump high"]:
    print(f(c))
