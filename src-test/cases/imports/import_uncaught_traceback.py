# An exception raised while importing shows the importing line, then the module's own frame.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

def load():
    import broken

load()
