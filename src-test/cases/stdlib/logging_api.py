import io
import logging

stream = io.StringIO()
logger = logging.getLogger("app")
logger.setLevel(logging.DEBUG)
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logger.addHandler(h)

logger.debug("debug %d", 1)
logger.info("info %s", "x")
logger.warning("warn")
logger.error("error %r", {"a": 1})
logger.critical("crit")
child = logging.getLogger("app.sub")
child.info("from child")
print(child.parent is logger, child.getEffectiveLevel(), child.name)
lines = stream.getvalue().splitlines()
for l in lines:
    if not l.startswith("  File") and not l.startswith("    "):
        print(l)

print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("INFO"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25))

s2 = io.StringIO()
lg = logging.getLogger("filtered")
lg.propagate = False
hh = logging.StreamHandler(s2)
hh.setLevel(logging.WARNING)
hh.setFormatter(logging.Formatter("[%(levelname)-8s] %(message)s (%(funcName)s)"))
lg.addHandler(hh)
lg.setLevel(logging.INFO)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
lg.addFilter(OnlyOdd())
def run():
    for i in range(5):
        lg.warning("n=%d", i)
run()
lg.info("not shown")
print(s2.getvalue(), end="")
print(lg.isEnabledFor(logging.DEBUG), lg.isEnabledFor(logging.ERROR))

s3 = io.StringIO()
la = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "bob"})
ha = logging.StreamHandler(s3)
ha.setFormatter(logging.Formatter("%(user)s %(message)s"))
logging.getLogger("adapt").addHandler(ha)
logging.getLogger("adapt").propagate = False
la.warning("hello")
print(s3.getvalue(), end="")

rec = logging.LogRecord("n", logging.INFO, "path.py", 10, "msg %s", ("a",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.module)
fmt = logging.Formatter("{levelname}|{message}", style="{")
print(fmt.format(rec))
fmt2 = logging.Formatter("$levelname $message", style="$")
print(fmt2.format(rec))
try:
    logging.Formatter("%(x", style="%").format(rec)
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print("ValueError", e)

root_stream = io.StringIO()
logging.basicConfig(stream=root_stream, level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
logging.info("root info")
logging.getLogger("other").warning("other warn")
logging.debug("not shown")
print(root_stream.getvalue(), end="")
print(logging.getLogger() is logging.root, logging.root.level)
logger.removeHandler(h)
print(len(logger.handlers))
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
print(root_stream.getvalue().count("\n"))
print(repr(logger), repr(h.level))
logging.shutdown()
