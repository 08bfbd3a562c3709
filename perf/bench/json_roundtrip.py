# json.dumps and json.loads in the spirit of the classic "json_dumps"/"json_loads" benchmarks:
# nested dicts, lists, strings with escapes and non-ASCII text, ints, floats, booleans and None,
# encoded with and without indent/sort_keys and decoded back. Prints lengths and a checksum of the
# encoded text (dict order is insertion order, so the output is deterministic).
import json

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {"key1": 0, "key2": SIMPLE[0], "key3": "value", "key4": SIMPLE[0], "key5": SIMPLE[0],
               "key": "\u0105\u0107\u017c"}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)


def make_records(n):
    out = []
    for i in range(n):
        out.append({
            "id": i,
            "name": "item-%d \"quoted\" \\ tab\t" % i,
            "price": i * 1.25 + 0.1,
            "tags": ["a", "b\u00e9", "c" * (i % 5)],
            "ok": i % 3 == 0,
            "parent": None if i % 4 else i // 4,
            "nested": {"depth": [i, [i + 1, [i + 2]]], "ratio": i / 7},
        })
    return out


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


def main():
    total_len = 0
    h = 0
    for obj, count in (EMPTY, SIMPLE, NESTED, HUGE):
        for _ in range(count):
            s = json.dumps(obj)
        total_len += len(s)
        h = (h + checksum(s)) % 1000000007
    records = make_records(2000)
    for _ in range(12):
        s = json.dumps(records)
        back = json.loads(s)
        assert back == records
        p = json.dumps(records, indent=2, sort_keys=True)
        back2 = json.loads(p)
        assert back2 == back
    total_len += len(s) + len(p)
    h = (h + checksum(s) + checksum(p)) % 1000000007
    print("length", total_len, "checksum", h, "sample", json.dumps(records[5])[:80])
    print(json.dumps({"f": [1e16, 0.1, -0.0, 1.5e-7, 123456789.125], "u": "\u2603\n"}))
    print(json.dumps({"f": [1e16, 0.1], "u": "\u2603\n"}, ensure_ascii=False))


main()
