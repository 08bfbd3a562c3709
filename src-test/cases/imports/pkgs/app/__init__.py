"""A regular package whose __init__ imports a submodule relatively."""
print("init app", __name__, __package__)
from . import config
VERSION = config.VERSION
__all__ = ["config", "helpers"]
