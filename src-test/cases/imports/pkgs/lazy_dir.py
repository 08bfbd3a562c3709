import sys

calls = []

def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    if name == "boom":
        raise KeyError("not an AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["zeta", "computed_x", "alpha"]

plain = "a plain global"
