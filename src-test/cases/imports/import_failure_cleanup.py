# A module whose code raises is removed from sys.modules; importing it again runs it again.
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")

for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print(attempt, e, "broken" in sys.modules)
