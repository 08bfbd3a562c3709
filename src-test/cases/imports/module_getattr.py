# PEP 562: a module's own __getattr__ and __dir__ functions, for attribute access on the module
# (not only for `from m import name`), getattr/hasattr with their defaults, and errors.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")
import lazy_dir

print(lazy_dir.plain)                       # a real global: the hook is not asked
print(lazy_dir.computed_abc, getattr(lazy_dir, "computed_q"))
print(hasattr(lazy_dir, "missing"), getattr(lazy_dir, "missing", "default"))
print(lazy_dir.calls)
try:
    lazy_dir.missing2
except AttributeError as e:
    print("AttributeError:", e)
try:
    lazy_dir.boom
except KeyError as e:
    print("KeyError from the hook propagates:", e)
try:
    hasattr(lazy_dir, "boom")
except KeyError as e:
    print("hasattr lets it through too:", e)
print(dir(lazy_dir))

# a loop: the attribute site keeps asking the hook each time (nothing is cached)
print([lazy_dir.computed_n for _ in range(3)], lazy_dir.calls.count("computed_n"))

# the hook only applies to its own module; other modules are unchanged
import json
try:
    json.nothing_here
except AttributeError as e:
    print(e)

# the stdlib's lazy attributes, which use the same mechanism
import concurrent.futures as cf
print(cf.ThreadPoolExecutor.__name__, cf.Future.__name__)
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(sorted(ex.map(lambda x: x * x, range(5))))

# a module __getattr__ added after import is seen
import types
m = types.ModuleType("late")
try:
    m.x
except AttributeError as e:
    print(e)
m.__getattr__ = lambda name: "late " + name
print(m.x)
