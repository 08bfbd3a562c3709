# Regular packages: __init__ running once, relative imports at one and two levels, parents first,
# submodules bound on their parent, `import a.b as c` binding the leaf.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

import app
print(app.VERSION, app.config.VERSION)
import app.util
print(app.util.shout("hi"), app.util.V)
import app.util.strings as st
print(st.__name__, st is app.util.strings, st.shout("x"))
from app.util import strings, shout
print(strings.shout("y"), shout is strings.shout)
import app.data
print(app.data.NAME)
from app import helpers
print(helpers.def_name, "app.helpers" in sys.modules)
import app
print(sorted(k for k in sys.modules if k.startswith("app")))
