# A directory without __init__.py is a namespace package: no __file__, a __path__, a spec
# without origin; its modules import normally.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

import nsp.part.mod
print(nsp.part.mod.VALUE)
print(getattr(nsp, "__file__", "no __file__"))
print(len(list(nsp.__path__)), list(nsp.__path__)[0].endswith("nsp"))
print(nsp.__spec__.origin, nsp.__spec__.name, nsp.part.__spec__.parent)
from nsp.part import mod
print(mod.__package__, mod.__spec__.parent)
