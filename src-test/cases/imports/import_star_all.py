# `from m import *`: __all__ when present (importing submodules it names), else public names.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

from app.config import *
print(VERSION, public)
try:
    _private
except NameError as e:
    print("NameError:", e)
from app import *
print(config.VERSION, helpers.def_name)
