# Pickling in the spirit of the classic "pickle"/"unpickle" benchmarks, on the pure-Python code
# path (pickle._Pickler/_Unpickler, as pyperformance's "pure_python" variants): dicts, lists,
# tuples, strings, floats, big ints, bytes, sets, instances of a class with __reduce__-free state
# and of one with __getstate__/__setstate__, at protocols 0, 2 and 5. Prints sizes and checks that
# everything round-trips.
import io
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is Plain and (self.a, self.b) == (other.a, other.b)


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {}

    def __getstate__(self):
        return {"n": self.n}

    def __setstate__(self, state):
        self.n = state["n"]
        self.cache = {}

    def __eq__(self, other):
        return type(other) is Stateful and self.n == other.n


def make_data():
    return {
        "ints": list(range(-5, 300, 7)),
        "big": [2 ** 70 + 1, -(3 ** 50), 10 ** 30],
        "floats": [0.5, -1.25, 1e100, 3.141592653589793],
        "text": ["hello", "w\u00f6rld", "\u2603" * 3, "x" * 300],
        "bytes": [b"", b"abc", bytes(range(256))],
        "nested": {"t": (1, (2, (3, ())), "s"), "l": [[1, 2], [3, [4, [5]]]]},
        "sets": [frozenset({1, 2, 3}), {"a"}],
        "objs": [Plain(i, str(i)) for i in range(20)] + [Stateful(7)],
        "flags": [True, False, None],
    }


def dumps(obj, protocol):
    f = io.BytesIO()
    pickle._Pickler(f, protocol).dump(obj)
    return f.getvalue()


def loads(data):
    return pickle._Unpickler(io.BytesIO(data)).load()


def main():
    data = make_data()
    shared = [1, 2]
    data["shared"] = [shared, shared]
    sizes = []
    for protocol in (0, 2, 5):
        for _ in range(400):
            s = dumps(data, protocol)
            back = loads(s)
        assert back == data, protocol
        assert back["shared"][0] is back["shared"][1]
        sizes.append(len(s))
    # the C accelerator (or whatever pickle.dumps is) must read the pure-Python output and back
    assert pickle.loads(dumps(data, 4)) == data
    assert loads(pickle.dumps(data, 4)) == data
    print("sizes", sizes)
    print(dumps((1, "a", 2.5, None, True), 2))


if __name__ == "__main__":
    main()
