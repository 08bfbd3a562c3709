import getopt
import io
import optparse
import sys

opts, args = getopt.getopt(["-a", "-b", "val", "--long", "--key=v", "rest", "-c"], "ab:c", ["long", "key="])
print(opts, args)
opts, args = getopt.gnu_getopt(["x", "-a", "y", "--key", "v"], "a", ["key="])
print(opts, args)
for bad, so, lo in [(["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]), (["--key"], "", ["key="]),
                    (["--long=1"], "", ["long"]), (["--ke"], "", ["key=", "kez"])]:
    try:
        getopt.getopt(bad, so, lo)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt:", e.opt, e.msg == str(e))
print(getopt.error is getopt.GetoptError)
opts, args = getopt.getopt(["--ke=1"], "", ["key="])
print(opts)

parser = optparse.OptionParser(usage="%prog [options] file", prog="op", version="op 2.0")
parser.add_option("-f", "--file", dest="filename", help="write to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
parser.add_option("-n", type="int", dest="num", default=5)
parser.add_option("--choice", type="choice", choices=["a", "b"])
parser.add_option("-v", action="count", dest="level")
parser.add_option("--add", action="append", dest="adds")
g = optparse.OptionGroup(parser, "Dangerous", "Caution.")
g.add_option("--force", action="store_true")
parser.add_option_group(g)

options, args = parser.parse_args(["-f", "out", "-q", "-n", "7", "--choice=b", "-vv", "--add", "1", "--add", "2", "input"])
print(options.filename, options.verbose, options.num, options.choice, options.level, options.adds, args)
print(sorted(vars(options).items()))
print(parser.format_help())
print(parser.get_usage(), end="")

def fails(argv):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue(), end="")
fails(["-n", "abc"])
fails(["--choice", "z"])
fails(["--unknown"])
fails(["-f"])
try:
    parser.add_option("-f")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
try:
    parser.add_option("--bad", type="nosuch")
except optparse.OptionError as e:
    print("OptionError:", e)
def cb(option, opt_str, value, parser):
    parser.values.cbval = value * 2
p2 = optparse.OptionParser()
p2.add_option("--cb", action="callback", callback=cb, type="int")
o2, a2 = p2.parse_args(["--cb", "21"])
print(o2.cbval)
v = optparse.Values({"a": 1})
print(v, v.a)
