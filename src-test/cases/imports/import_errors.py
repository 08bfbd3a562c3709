# ImportError and ModuleNotFoundError messages and attributes.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

def attempt(code):
    try:
        compile_and_run(code)
    except ImportError as e:
        print(type(e).__name__ + ":", str(e).replace(sys.path[0], "<pkgs>"), "| name =", e.name)

def compile_and_run(code):
    if code == "a":
        import no_such_module
    elif code == "b":
        import app.config.deeper
    elif code == "c":
        from app import no_such_name
    elif code == "d":
        import app.util.too_far
    elif code == "e":
        from . import sibling
    elif code == "f":
        sys.modules["blocked"] = None
        import blocked
    elif code == "g":
        import app.no_such_sub
    elif code == "h":
        from app.config import missing

for c in "abcdefgh":
    attempt(c)
print(issubclass(ModuleNotFoundError, ImportError))
