from circattr import a
try:
    a.X
except AttributeError as e:
    print("during import:", e)
