print(repr(1), repr(1.0), repr("a"), repr([1, "b"]), repr((1,)), repr({}), repr(None))
print(repr(True), repr(2**70), repr(-0.0), repr({"k": [1.5]}))
print(repr(range(0, 3)), repr(set()), repr({7}))
