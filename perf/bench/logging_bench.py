# The logging module in the spirit of the classic "logging" benchmarks: loggers in a hierarchy,
# a StreamHandler on a StringIO with a Formatter, %-style arguments, messages below the level
# (the "silent" path), and a custom Filter. Prints counts and a checksum of the captured text.
import io
import logging


class EvenFilter(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


def main():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    root = logging.getLogger("bench")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    root.propagate = False
    child = logging.getLogger("bench.child")
    filtered = logging.getLogger("bench.filtered")
    filtered.addFilter(EvenFilter())
    for i in range(30000):
        root.info("simple message %d", i)
        child.warning("warning %s in %r", i, "place")
        child.debug("silent %d", i)
        filtered.error("filtered %d", i)
        if i % 1000 == 0:
            try:
                raise ValueError("bad %d" % i)
            except ValueError:
                child.exception("caught")
    text = stream.getvalue()
    lines = text.splitlines()
    h = 0
    for line in lines[::3]:
        h = (h * 31 + len(line)) % 1000000007
    tb_lines = [l for l in lines if l.startswith("ValueError")]
    print("lines", len(lines), "checksum", h, "chars", len(text))
    print(lines[0], "|", lines[1], "|", lines[2])
    print(len(tb_lines), tb_lines[-1])


main()
