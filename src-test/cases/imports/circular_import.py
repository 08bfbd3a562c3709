# Circular imports: a module in sys.modules while it runs is visible (partially) to the modules
# it imports; `from .x import X` in a cycle fails with CPython's "partially initialized" message.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

import circ.a
print(circ.a.A, circ.b.B)
try:
    import circ.x
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print("circ.x" in sys.modules, "circ.y" in sys.modules)
