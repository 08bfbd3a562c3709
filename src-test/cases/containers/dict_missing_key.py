d = {"a": 1, 2: "b", (1, 2): "t"}
for key in ["missing", 3, (9, 9), None, 'quote\'s']:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
print(d["a"], d[2], d[(1, 2)])
print(d["nope"])
