# raise ... from exc prints the cause first with the "direct cause" separator.
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port is required") from e
load({})
