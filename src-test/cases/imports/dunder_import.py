# __import__: the top package without a fromlist, the leaf with one; level for relative names.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

m = __import__("app.util.strings")
print(m.__name__)
m = __import__("app.util.strings", fromlist=["shout"])
print(m.__name__)
m = __import__("app.util", {"__name__": "__main__"}, None, ["strings"], 0)
print(m.__name__, m.strings.__name__)
m = __import__("strings", {"__name__": "app.util.x", "__package__": "app.util"}, None, ["shout"], 1)
print(m.__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError:", e)
print(__import__("sys") is sys)
