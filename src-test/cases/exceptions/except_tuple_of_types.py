def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return int("x")
    return "ok"

for kind in range(4):
    try:
        print(risky(kind))
    except (IndexError, KeyError) as e:
        print("lookup error:", type(e).__name__, e)
    except ValueError as e:
        print("value error:", e)
