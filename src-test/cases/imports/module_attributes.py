# What the import system sets on modules: __name__, __package__, __spec__, __loader__, __file__,
# __path__; sys.modules replacement; module-level __getattr__ for from-imports.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

import app.config as c
print(c.__name__, c.__package__, c.__spec__.name, c.__spec__.parent)
print(c.__file__.endswith("app/config.py"), c.__spec__.origin == c.__file__, c.__spec__.has_location)
print(c.__spec__.submodule_search_locations, hasattr(c, "__path__"))
import app
print(app.__package__, app.__spec__.parent, app.__file__.endswith("app/__init__.py"), len(app.__path__))
print(hasattr(c.__loader__, "exec_module"), c.__spec__.loader is c.__loader__)
print(sys.__spec__.origin, sys.__name__, __name__, __spec__, __package__)
import replacer
print(replacer)
from lazy import dynamic
print(dynamic)
try:
    from lazy import nothing
except ImportError as e:
    print(str(e).replace(sys.path[0], "<pkgs>"))
