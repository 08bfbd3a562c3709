import argparse
import io
import sys

p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-o", "--output", default="out.txt", metavar="PATH")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-n", type=int, default=1)
p.add_argument("--flag", action="store_true")
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--tag", action="append")
p.add_argument("--ratio", type=float)

ns = p.parse_args(["a.py", "b.py", "-vv", "-o", "r.txt", "--mode=slow", "-n", "3", "--tag", "t1", "--tag=t2", "--flag"])
print(ns)
print(vars(ns)["files"], ns.verbose, ns.n + 1)

ns2, rest = p.parse_known_args(["x", "--unknown", "1"])
print(ns2.files, rest)

print(p.format_usage(), end="")
print(p.format_help())

def fails(args, parser=p):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue(), end="")

fails([])
fails(["a", "--mode", "medium"])
fails(["a", "-n", "x"])
fails(["a", "--bogus"])
fails(["a", "--ratio"])

sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
pu = sp.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]))
print(sub.parse_args(["push"]))
fails(["commit"], sub)
fails([], sub)

g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
fails(["--a", "--b"], g)
grp = g.add_argument_group("extra", "Extra options")
grp.add_argument("--level", type=int, choices=range(3))
print(g.parse_args(["--level", "2"]))
print(g.format_help())

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
cu = argparse.ArgumentParser(prog="cu", formatter_class=argparse.RawDescriptionHelpFormatter)
cu.add_argument("--name", action=Upper)
cu.add_argument("pair", nargs=2, type=int)
cu.add_argument("--version", action="version", version="cu 1.0")
print(cu.parse_args(["--name", "bob", "1", "2"]))
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    cu.parse_args(["--version"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = old
print(code, repr(out.getvalue()))
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, ns == argparse.Namespace(a=1))
try:
    p.add_argument("--flag")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
pp = argparse.ArgumentParser(prog="pp", exit_on_error=False)
pp.add_argument("--k", type=positive)
try:
    pp.parse_args(["--k", "-3"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
print(pp.parse_args(["--k", "5"]))
fpp = argparse.ArgumentParser(prog="fp", fromfile_prefix_chars="@", argument_default=argparse.SUPPRESS)
fpp.add_argument("--z")
print(fpp.parse_args([]))
