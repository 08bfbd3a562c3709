def __getattr__(name):
    if name == "dynamic":
        return "from module __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
