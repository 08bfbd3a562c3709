# An uncaught error raised by a built-in inside a handler in a called function prints both tracebacks.
def load(config):
    try:
        return config["path"]
    except KeyError:
        return open_default(config)
def open_default(config):
    return int(config.get("size", "big"))
load({})
