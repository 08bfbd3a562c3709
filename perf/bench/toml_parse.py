# Text parsing in the spirit of the "tomli" benchmark: a hand-written parser for a TOML subset
# (tables, dotted keys, strings with escapes, ints with underscores, floats, booleans, arrays,
# inline tables, comments) over a generated document, using str methods, index scanning and
# re for numbers, plus the standard tomllib on the same text to check the result. Prints counts
# and a checksum of the parsed values.
import re
import tomllib

NUMBER = re.compile(r"[+-]?(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?")
BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t":
            self.pos += 1

    def skip_ws_nl(self):
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch in " \t\n":
                self.pos += 1
            elif ch == "#":
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end
            else:
                break

    def key(self):
        parts = []
        while True:
            self.skip_ws()
            if self.text.startswith('"', self.pos):
                parts.append(self.string())
            else:
                m = BARE_KEY.match(self.text, self.pos)
                if not m:
                    raise ParseError("bad key at %d" % self.pos)
                parts.append(m.group())
                self.pos = m.end()
            self.skip_ws()
            if self.text.startswith(".", self.pos):
                self.pos += 1
                continue
            return parts

    def string(self):
        self.pos += 1
        out = []
        text = self.text
        while True:
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                nxt = text[self.pos + 1]
                if nxt == "u":
                    out.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append(ESCAPES[nxt])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def value(self):
        self.skip_ws()
        text = self.text
        ch = text[self.pos]
        if ch == '"':
            return self.string()
        if ch == "[":
            self.pos += 1
            items = []
            while True:
                self.skip_ws_nl()
                if text[self.pos] == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip_ws_nl()
                if text[self.pos] == ",":
                    self.pos += 1
        if ch == "{":
            self.pos += 1
            table = {}
            while True:
                self.skip_ws()
                if text[self.pos] == "}":
                    self.pos += 1
                    return table
                keys = self.key()
                self.expect("=")
                self.put(table, keys, self.value())
                self.skip_ws()
                if text[self.pos] == ",":
                    self.pos += 1
        if text.startswith("true", self.pos):
            self.pos += 4
            return True
        if text.startswith("false", self.pos):
            self.pos += 5
            return False
        m = NUMBER.match(text, self.pos)
        if not m:
            raise ParseError("bad value at %d: %r" % (self.pos, text[self.pos:self.pos + 10]))
        self.pos = m.end()
        s = m.group().replace("_", "")
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)

    def expect(self, ch):
        self.skip_ws()
        if not self.text.startswith(ch, self.pos):
            raise ParseError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    @staticmethod
    def put(table, keys, value):
        for k in keys[:-1]:
            table = table.setdefault(k, {})
        if keys[-1] in table:
            raise ParseError("duplicate key %s" % ".".join(keys))
        table[keys[-1]] = value

    def document(self):
        root = {}
        current = root
        while True:
            self.skip_ws_nl()
            if self.pos >= len(self.text):
                return root
            if self.text[self.pos] == "[":
                self.pos += 1
                keys = self.key()
                self.expect("]")
                current = root
                for k in keys:
                    current = current.setdefault(k, {})
            else:
                keys = self.key()
                self.expect("=")
                self.put(current, keys, self.value())


def make_document(n):
    lines = ["# generated", 'title = "bench \\"doc\\" \\u00e9"', ""]
    for i in range(n):
        lines.append("[server.s%d]" % i)
        lines.append('host = "10.0.%d.%d"  # comment' % (i // 256, i % 256))
        lines.append("port = %d_%03d" % (8 + i % 3, i % 1000))
        lines.append("weight = %d.%d" % (i % 7, i % 10))
        lines.append("enabled = %s" % ("true" if i % 2 else "false"))
        lines.append("tags = [\"a%d\", \"b\\t%d\",\n  \"c\"]" % (i, i))
        lines.append("limits = { cpu = %d, mem.soft = %de3 }" % (i % 4 + 1, i % 5))
        lines.append("")
    return "\n".join(lines)


def checksum(obj):
    if isinstance(obj, dict):
        h = 7
        for k, v in obj.items():
            h = (h * 31 + checksum(k) * 17 + checksum(v)) % 1000000007
        return h
    if isinstance(obj, list):
        h = 11
        for v in obj:
            h = (h * 37 + checksum(v)) % 1000000007
        return h
    if isinstance(obj, str):
        h = 13
        for ch in obj:
            h = (h * 131 + ord(ch)) % 1000000007
        return h
    if isinstance(obj, float):
        return int(obj * 1000) % 1000000007
    return int(obj) % 1000000007


def main():
    text = make_document(800)
    for _ in range(12):
        doc = Parser(text).document()
    reference = tomllib.loads(text)
    assert doc == reference
    try:
        Parser("a = 1\na = 2\n").document()
    except ParseError as e:
        print("ParseError:", e)
    print("servers", len(doc["server"]), "chars", len(text), "checksum", checksum(doc))
    print(doc["title"], doc["server"]["s5"])


main()
